/**
 * Field resolvers that read what the root statement already fetched: no
 * resolver here touches the database.
 */
import { badInput } from '../../errors';
import type { Fact } from '../../graph/read/shapes';

const byKind = (entity: { kind: string }) => entity.kind;

/**
 * An entity reached as a fact's end, a path hop, a search hit or a graph node has its own type (one
 * __typename per id, so client caches keep one record), but was fetched without its collections:
 * selecting one there is refused with a clear error rather than failing as a missing value.
 */
function fetchedOnly(field: string) {
  return (entity: Record<string, unknown>) => {
    const value = entity[field];
    if (value === undefined)
      throw badInput(field, 'is given by entity(id) and entities only, not on a fact, path, search hit or graph node');
    return value;
  };
}

const collections = (...fields: string[]) =>
  Object.fromEntries(['aliases', 'facts', 'documents', ...fields].map((field) => [field, fetchedOnly(field)]));

export const typeResolvers = {
  EntityRef: { __resolveType: byKind },
  GraphNode: { __resolveType: byKind },
  Entity: { __resolveType: byKind },
  Place: { __resolveType: byKind },
  Person: collections(),
  Organization: collections('investors', 'portfolio'),
  Country: collections('investors'),
  Region: collections('investors'),
  City: collections('investors'),
  Event: collections(),
  Agreement: collections(),
  Fact: {
    evidence: (fact: Fact, { first }: { first: number }) => fact.evidence.slice(0, Math.max(0, first)),
  },
};
