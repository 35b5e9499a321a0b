/**
 * connections where a hub endpoint has two facts with each of twelve partners (they met twice): a walk
 * that reaches the hub and goes on to a partner and back, or that leaves the hub and comes back to it,
 * is never simple, so it must not take one of the search's candidate places. Here such walks (three
 * hops) are shorter than the one simple path through others (four hops), and there are more of them
 * than there are places: the four-hop path is found only if the search never goes on from the target
 * nor comes back to its start.
 */
import type { Graph } from '../../src/graph/driver';
import { readConnections, type Path } from '../../src/graph/read/connections';
import { noEvidence } from '../../src/graph/read/shapes';
import { relationTypes } from '../../src/model';
import { openTestGraph, resetGraph } from '../support/graph';
import { fact, person, writeSketch } from '../support/sketch-graph';

const partners = Array.from({ length: 12 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);

const factIds = (paths: Path[]) => paths.map((path) => path.hops.map((hop) => hop.fact.id));

describe('connections next to a hub met twice by each partner', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const facts = [
      fact('f-u-hub', 'MET_WITH', 'u', 'hub'),
      ...partners.flatMap((p) => [
        fact(`f-hub-${p}-1`, 'MET_WITH', 'hub', p),
        fact(`f-hub-${p}-2`, 'MET_WITH', p, 'hub'),
      ]),
      fact('f-u-w1', 'MET_WITH', 'u', 'w1'),
      fact('f-w1-w2', 'MET_WITH', 'w1', 'w2'),
      fact('f-w2-w3', 'MET_WITH', 'w2', 'w3'),
      fact('f-w3-hub', 'MET_WITH', 'w3', 'hub'),
    ];
    expect(await writeSketch(graph, ['u', 'hub', 'w1', 'w2', 'w3', ...partners].map(person), facts)).toBe(facts.length);
  }, 120_000);
  afterAll(() => graph.close());

  const connections = (from: string, to: string) =>
    readConnections(graph, {
      from,
      to,
      maxHops: 4,
      types: [...relationTypes],
      excludeKinds: ['Country'],
      first: 3,
      evidence: noEvidence,
    }).then(factIds);

  it('finds the simple four-hop path behind the walks through the hub, from either end', async () => {
    expect(await connections('u', 'hub')).toEqual([['f-u-hub'], ['f-u-w1', 'f-w1-w2', 'f-w2-w3', 'f-w3-hub']]);
    expect(await connections('hub', 'u')).toEqual([['f-u-hub'], ['f-w3-hub', 'f-w2-w3', 'f-w1-w2', 'f-u-w1']]);
  });
});
