/** The investors of a plant: investments(where: {target}), with the INVESTS_IN properties. */
import { investmentsParams } from '../../src/graph/read/investments';
import { forward } from '../../src/graph/read/paging';
import { noEvidence } from '../../src/graph/read/shapes';
import { sample, type BenchOp } from './types';

export const investorsOp: BenchOp<string> = {
  name: 'investors',
  description: 'investments(where: { target: plant }, first: 20) { id amount currency stake from { id kind name } }',
  inputs: async ({ world, count, seed }) =>
    sample(
      world.groups.plants.map((i) => world.entities[i]!.id),
      count,
      seed,
    ),
  graphql: (target) => ({
    query:
      'query ($target: ID!) { investments(where: { target: $target }, first: 20) { edges { node { id amount currency stake from { id kind name } } } } }',
    variables: { target },
  }),
  floor: {
    statement: 'read/investments',
    params: (target) => investmentsParams({ target }, { window: forward(20), withTotal: false, evidence: noEvidence }),
  },
  peer: (id) => ({
    query:
      'query ($id: ID!) { organizations(where: { id: { eq: $id } }) { investorsConnection(first: 20, sort: [{ edge: { factId: ASC } }]) { edges { properties { factId amount currency stake } node { id kind name } } } } }',
    variables: { id },
  }),
};
