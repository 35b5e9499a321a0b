/**
 * Field resolvers that read what the root statement already fetched: no
 * resolver here touches the database.
 */
import type { Fact } from '../../graph/read/shapes';

const byKind = (entity: { kind: string }) => entity.kind;

export const typeResolvers = {
  Entity: { __resolveType: byKind },
  Place: { __resolveType: byKind },
  Fact: {
    evidence: (fact: Fact, { first }: { first: number }) => fact.evidence.slice(0, Math.max(0, first)),
  },
};
