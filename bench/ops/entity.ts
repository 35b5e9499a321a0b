/** entity(id): one entity's own fields, the commonest lookup. */
import { relationTypes } from '../../src/model';
import { int } from '../../src/graph/driver';
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
    params: (id) => ({
      ids: [id],
      kinds: null,
      roles: null,
      nameKey: null,
      within: null,
      descending: false,
      afterName: null,
      afterId: null,
      first: int(1),
      withTotal: false,
      factTypes: relationTypes,
      factsFirst: int(0),
      factsAfter: null,
      factsTotal: false,
      evidenceFirst: int(0),
      documentsFirst: int(0),
      investorsFirst: int(0),
      portfolioFirst: int(0),
    }),
  },
  peer: (id) => ({
    query: 'query ($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name aliases roles } }',
    variables: { id },
  }),
};
