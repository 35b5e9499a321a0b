/**
 * graphView(ids: [one official or plant], depth, limit: 500): depth 2 is the
 * viewer's first request; depth 1 (the neighbourhood) is the view @neo4j/graphql
 * can also serve, see neighbourhood.ts.
 */
import { graphViewRequest } from '../../src/api/resolvers/views';
import { graphViewParams } from '../../src/graph/read/graph-view';
import { noEvidence } from '../../src/graph/read/shapes';
import { sample, type BenchOp } from './types';

export function graphViewAtDepth(name: string, depth: number): BenchOp<string> {
  const selection = `graphView(ids: $ids, depth: ${depth}, limit: 500) { nodes { id kind name } edges { id type from { id } to { id } } truncated }`;
  return {
    name,
    description: selection.replace('$ids', '[id]'),
    inputs: async ({ world, count, seed }) =>
      sample(
        [...world.groups.governors, ...world.groups.ministers, ...world.groups.plants].map(
          (i) => world.entities[i]!.id,
        ),
        count,
        seed,
      ),
    graphql: (id) => ({ query: `query ($ids: [ID!]!) { ${selection} }`, variables: { ids: [id] } }),
    floor: {
      statement: 'read/graph-view',
      // What the service sends for this selection: no evidence, no fact properties.
      params: (id) => graphViewParams(graphViewRequest({ ids: [id], depth, limit: 500 }, 2000, noEvidence, false)),
    },
  };
}

export const graphViewOp = graphViewAtDepth('graph-view', 2);
