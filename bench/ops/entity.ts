/** entity(id): one entity's own fields, the commonest lookup. */
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
    // What the service sends when no list of the entity is selected (src/graph/read/entities.ts readEntity).
    statement: 'read/entity-fields',
    params: (id) => ({ id }),
  },
  peer: (id) => ({
    query: 'query ($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name aliases roles } }',
    variables: { id },
  }),
};
