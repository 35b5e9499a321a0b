/** entity(id): one entity's own fields, the commonest lookup. */
import { entitiesParams } from '../../src/graph/read/entities';
import { forward } from '../../src/graph/read/paging';
import { noEvidence } from '../../src/graph/read/shapes';
import { sample, type BenchOp } from './types';

export const entityOp: BenchOp<string> = {
  name: 'entity',
  description: 'entity(id) { id kind name aliases roles }',
  inputs: async ({ world, count, seed }) =>
    sample(
      world.entities.map((e) => e.id),
      count,
      seed,
    ),
  graphql: (id) => ({
    query: 'query ($id: ID!) { entity(id: $id) { id kind name aliases roles } }',
    variables: { id },
  }),
  floor: {
    statement: 'read/entities',
    params: (id) =>
      entitiesParams({
        where: { ids: [id] },
        descending: false,
        window: forward(1),
        withTotal: false,
        shape: { facts: null, evidence: noEvidence, documents: null, investors: null, portfolio: null },
      }),
  },
  peer: (id) => ({
    query: 'query ($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name aliases roles } }',
    variables: { id },
  }),
};
