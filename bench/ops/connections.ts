/**
 * connections(from, to, maxHops: 4) between two officials: half the pairs
 * govern a city and the region it is part of (a path exists), half are drawn at
 * random (often no path within 4 hops: the search runs to its limit).
 */
import { relationTypes } from '../../src/model';
import { connectionsParams } from '../../src/graph/read/connections';
import { noEvidence } from '../../src/graph/read/shapes';
import { sample, type BenchOp } from './types';

type Pair = { from: string; to: string };

export const connectionsOp: BenchOp<Pair> = {
  name: 'connections',
  description: 'connections(from, to, maxHops: 4) { length hops { from { id name } to { id name } fact { id type } } }',
  inputs: async ({ world, graph, count, seed }) => {
    const linked = (await graph.runAutoCommit(
      `MATCH (a:Person)-[:GOVERNS]->(:City)-[:PART_OF]->(:Region)<-[:GOVERNS]-(b:Person)
       RETURN a.id AS from, b.id AS to LIMIT 1000`,
    )) as Pair[];
    const officials = world.groups.governors.concat(world.groups.ministers).map((i) => world.entities[i]!.id);
    const a = sample(officials, count, seed);
    const b = sample(officials, count, seed + 7);
    const random = a.map((from, i) => ({ from, to: b[i]! })).filter((p) => p.from !== p.to);
    const connected = sample(linked, count, seed + 3);
    return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? connected[i]! : random[i % random.length]!));
  },
  graphql: ({ from, to }) => ({
    query:
      'query ($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 4) { length hops { from { id name } to { id name } fact { id type } } } }',
    variables: { from, to },
  }),
  floor: {
    statement: 'read/connections',
    params: ({ from, to }) =>
      connectionsParams({
        from,
        to,
        maxHops: 4,
        types: [...relationTypes],
        excludeKinds: ['Country'],
        first: 3,
        evidence: noEvidence,
      }),
  },
};
