/**
 * The neighbourhood of depth 1 (graphView depth 1), the view @neo4j/graphql
 * can also serve (a @cypher field over fact relationships). Ours also returns
 * the edges among the nodes, which the peer's does not.
 */
import { relationTypes } from '../../src/model';
import { int } from '../../src/graph/driver';
import { sample, type BenchOp } from './types';

export const neighbourhoodOp: BenchOp<string> = {
  name: 'neighbourhood',
  description:
    'graphView(ids: [id], depth: 1, limit: 500) { nodes { id kind name } edges { id type from { id } to { id } } }',
  inputs: async ({ world, count, seed }) =>
    sample(
      [...world.groups.governors, ...world.groups.ministers, ...world.groups.plants].map((i) => world.entities[i]!.id),
      count,
      seed,
    ),
  graphql: (id) => ({
    query:
      'query ($ids: [ID!]!) { graphView(ids: $ids, depth: 1, limit: 500) { nodes { id kind name } edges { id type from { id } to { id } } } }',
    variables: { ids: [id] },
  }),
  floor: {
    statement: 'read/graph-view',
    params: (id) => ({
      ids: [id],
      depth: int(1),
      types: relationTypes,
      kinds: null,
      stopKinds: ['Country'],
      limit: int(500),
      evidenceFirst: int(0),
    }),
  },
  peer: (id) => ({
    query: 'query ($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name neighbours { id kind name } } }',
    variables: { id },
  }),
};
