/**
 * Field resolvers that read what the root statement already fetched: no
 * resolver here touches the database.
 */
import { badInput } from '../../errors';
import { entityGroups, entityKindNames, factListsOf, type EntityKind } from '../../model';
import { pageKeys, toPage } from '../../graph/read/paging';
import { evidenceList, type Fact } from '../../graph/read/shapes';
import { pageWindow } from '../arguments';
import { evidenceDefault } from './entity-shape';

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

/** A kind's collections: Entity's, and its fact lists from the model (Organization.investors, ...). */
const collections = (kind: EntityKind) =>
  Object.fromEntries(
    ['aliases', 'facts', 'documents', ...Object.keys(factListsOf(kind))].map((field) => [field, fetchedOnly(field)]),
  );

export const typeResolvers = {
  EntityRef: { __resolveType: byKind },
  GraphNode: { __resolveType: byKind },
  Entity: { __resolveType: byKind },
  // The entity groups (Place) are interfaces too.
  ...Object.fromEntries(Object.keys(entityGroups).map((group) => [group, { __resolveType: byKind }])),
  ...Object.fromEntries(entityKindNames.map((kind) => [kind, collections(kind)])),
  Fact: {
    // The statement fetched one more quote than the largest page selected, after the cursor; a
    // mutation's answer (addFact) carries the first quotes, so after is applied here as well.
    evidence: (fact: Fact, args: { first: number; after?: string | null }) => {
      const window = pageWindow('Fact.evidence', args, evidenceDefault, 'evidence.');
      const after = pageKeys(window, evidenceList).after?.[0] as string | undefined;
      return toPage(
        after === undefined ? fact.evidence : fact.evidence.filter((quote) => quote.id > after),
        window,
        evidenceList,
        (quote) => [quote.id],
        fact.evidenceTotal,
      );
    },
  },
};
