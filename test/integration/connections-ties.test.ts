/**
 * connections when more equally short paths join two people than Neo4j's SHORTEST keeps as candidates
 * (10): twenty two-hop paths from u to v, and twelve four-hop paths from c to d. The paths given are
 * those with the smallest fact ids among all of them, whichever end the search starts from and in
 * whatever order the facts were written (here the smallest ids are written first, in the middle and
 * last, so that no ten written one after the other hold all three).
 */
import type { Graph } from '../../src/graph/driver';
import { readConnections, type Path } from '../../src/graph/read/connections';
import { noEvidence } from '../../src/graph/read/shapes';
import { relationTypes } from '../../src/model';
import { openTestGraph, resetGraph } from '../support/graph';
import { fact, person, writeSketch, type SketchFact } from '../support/sketch-graph';

const pad = (n: number) => String(n).padStart(2, '0');

/** Ranks in the order their paths are written: rank 0 first, rank 1 in the middle, rank 2 last. */
function writingOrder(count: number): number[] {
  const rest = Array.from({ length: count - 3 }, (_, i) => i + 3);
  const middle = Math.floor(count / 2);
  return [0, ...rest.slice(0, middle - 1), 1, ...rest.slice(middle - 1), 2];
}

/** A path of `hops` facts from `from` to `to` through entities of its own; its fact ids sort by rank. */
function chain(prefix: string, rank: number, from: string, to: string, hops: number): SketchFact[] {
  const inner = Array.from({ length: hops - 1 }, (_, i) => `${prefix}${pad(rank)}-${i}`);
  const stops = [from, ...inner, to];
  return inner.concat(to).map((stop, i) => fact(`f-${prefix}${pad(rank)}-${i}`, 'MET_WITH', stops[i]!, stop));
}

const factIds = (paths: Path[]) => paths.map((path) => path.hops.map((hop) => hop.fact.id));

describe('connections with more equally short paths than SHORTEST keeps', () => {
  let graph: Graph;

  const twoHops = writingOrder(20).flatMap((rank) => chain('uv', rank, 'u', 'v', 2));
  const fourHops = writingOrder(12).flatMap((rank) => chain('cd', rank, 'c', 'd', 4));

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const facts = [...twoHops, ...fourHops];
    const ids = new Set(facts.flatMap((f) => [f.fromId, f.toId]));
    expect(await writeSketch(graph, [...ids].map(person), facts)).toBe(facts.length);
  }, 120_000);
  afterAll(() => graph.close());

  const connections = (from: string, to: string, maxHops = 4) =>
    readConnections(graph, {
      from,
      to,
      maxHops,
      types: [...relationTypes],
      excludeKinds: ['Country'],
      first: 3,
      evidence: noEvidence,
    }).then(factIds);

  const firstThree = (prefix: string, hops: number) =>
    [0, 1, 2].map((rank) => Array.from({ length: hops }, (_, i) => `f-${prefix}${pad(rank)}-${i}`));

  it('gives the two-hop paths with the smallest fact ids, from either end and at any bound', async () => {
    expect(await connections('u', 'v')).toEqual(firstThree('uv', 2));
    expect(await connections('u', 'v', 2)).toEqual(firstThree('uv', 2));
    expect(await connections('v', 'u')).toEqual(firstThree('uv', 2).map((ids) => [...ids].reverse()));
  });

  it('gives the four-hop paths with the smallest fact ids, from either end', async () => {
    expect(await connections('c', 'd')).toEqual(firstThree('cd', 4));
    expect(await connections('d', 'c')).toEqual(firstThree('cd', 4).map((ids) => [...ids].reverse()));
  });
});
