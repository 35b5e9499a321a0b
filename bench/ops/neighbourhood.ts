/**
 * The neighbourhood of depth 1 (graphView depth 1), the view @neo4j/graphql
 * can also serve (a @cypher field over fact relationships). Ours also returns
 * the edges among the nodes, which the peer's does not.
 */
import type { BenchOp } from './types';
import { graphViewAtDepth } from './graph-view';

export const neighbourhoodOp: BenchOp<string> = {
  ...graphViewAtDepth('neighbourhood', 1),
  peer: (id) => ({
    query: 'query ($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name neighbours { id kind name } } }',
    variables: { id },
  }),
};
