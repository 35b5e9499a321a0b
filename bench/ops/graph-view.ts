/** graphView(ids: [one official or plant], depth: 2, limit: 500): the viewer's first request. */
import { relationTypes } from '../../src/model';
import { int } from '../../src/graph/driver';
import { sample, type BenchOp } from './types';

export const graphViewOp: BenchOp<string> = {
  name: 'graph-view',
  description:
    'graphView(ids: [id], depth: 2, limit: 500) { nodes { id kind name } edges { id type from { id } to { id } } truncated }',
  inputs: async ({ world, count, seed }) =>
    sample(
      [...world.groups.governors, ...world.groups.ministers, ...world.groups.plants].map((i) => world.entities[i]!.id),
      count,
      seed,
    ),
  graphql: (id) => ({
    query:
      'query ($ids: [ID!]!) { graphView(ids: $ids, depth: 2, limit: 500) { nodes { id kind name } edges { id type from { id } to { id } } truncated } }',
    variables: { ids: [id] },
  }),
  floor: {
    statement: 'read/graph-view',
    params: (id) => ({
      ids: [id],
      depth: int(2),
      types: relationTypes,
      kinds: null,
      stopKinds: ['Country'],
      limit: int(500),
      evidenceFirst: int(0),
    }),
  },
};
