/**
 * connections on a small hub-shaped graph: a person who met forty others (the hub), two people who
 * each met some of them, and a country both visited. The paths through the hub are found, the hub
 * can be an endpoint (the search may start from either end; the paths still run from `from` to
 * `to`), paths are simple, countries are not crossed unless asked, $types and maxHops bound the walk,
 * and equally long paths come in the order of their facts' ids.
 */
import type { Graph } from '../../src/graph/driver';
import { readConnections, type Path, type PathRequest } from '../../src/graph/read/connections';
import { noEvidence } from '../../src/graph/read/shapes';
import { relationTypes } from '../../src/model';
import { openTestGraph, resetGraph } from '../support/graph';
import { fact, person, writeSketch } from '../support/sketch-graph';

const partners = Array.from({ length: 40 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);

/** Each path as the ids of the entities it walks through and of the facts it crosses. */
const walks = (paths: Path[]) =>
  paths.map((path) => ({
    nodes: [
      path.hops[0]!.forward ? path.hops[0]!.from.id : path.hops[0]!.to.id,
      ...path.hops.map((hop) => (hop.forward ? hop.to.id : hop.from.id)),
    ],
    facts: path.hops.map((hop) => hop.fact.id),
  }));

describe('connections through a hub', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const facts = [
      ...partners.map((p) => fact(`f-hub-${p}`, 'MET_WITH', 'hub', p)),
      fact('f-a-p01', 'MET_WITH', 'a', 'p01'),
      fact('f-a-p03', 'MET_WITH', 'a', 'p03'),
      fact('f-b-p02', 'MET_WITH', 'p02', 'b'),
      fact('f-c-hub', 'MET_WITH', 'c', 'hub'),
      fact('f-a-land', 'VISITED', 'a', 'land'),
      fact('f-b-land', 'VISITED', 'b', 'land'),
    ];
    const entities = [
      ...['a', 'b', 'c', 'hub', ...partners].map(person),
      { id: 'land', kind: 'Country' as const, labels: ['Place', 'Country'] },
    ];
    expect(await writeSketch(graph, entities, facts)).toBe(facts.length);
  }, 120_000);
  afterAll(() => graph.close());

  const connections = (request: Partial<PathRequest> & { from: string; to: string }) =>
    readConnections(graph, {
      maxHops: 4,
      types: [...relationTypes],
      excludeKinds: ['Country'],
      first: 3,
      evidence: noEvidence,
      ...request,
    }).then(walks);

  it('finds the paths through the hub, not through the country, equally long ones by their facts', async () => {
    expect(await connections({ from: 'a', to: 'b' })).toEqual([
      { nodes: ['a', 'p01', 'hub', 'p02', 'b'], facts: ['f-a-p01', 'f-hub-p01', 'f-hub-p02', 'f-b-p02'] },
      { nodes: ['a', 'p03', 'hub', 'p02', 'b'], facts: ['f-a-p03', 'f-hub-p03', 'f-hub-p02', 'f-b-p02'] },
    ]);
  });

  it('crosses the country when no kind is excluded, shortest first, and keeps $first paths', async () => {
    const paths = await connections({ from: 'a', to: 'b', excludeKinds: [] });
    expect(paths.map((p) => p.facts)).toEqual([
      ['f-a-land', 'f-b-land'],
      ['f-a-p01', 'f-hub-p01', 'f-hub-p02', 'f-b-p02'],
      ['f-a-p03', 'f-hub-p03', 'f-hub-p02', 'f-b-p02'],
    ]);
    expect((await connections({ from: 'a', to: 'b', excludeKinds: [], first: 1 })).map((p) => p.facts)).toEqual([
      ['f-a-land', 'f-b-land'],
    ]);
  });

  it('finds paths that end at the hub, or start next to it', async () => {
    expect(await connections({ from: 'a', to: 'hub' })).toEqual([
      { nodes: ['a', 'p01', 'hub'], facts: ['f-a-p01', 'f-hub-p01'] },
      { nodes: ['a', 'p03', 'hub'], facts: ['f-a-p03', 'f-hub-p03'] },
    ]);
    expect(await connections({ from: 'c', to: 'b' })).toEqual([
      { nodes: ['c', 'hub', 'p02', 'b'], facts: ['f-c-hub', 'f-hub-p02', 'f-b-p02'] },
    ]);
  });

  it('gives only simple paths, even when asked for more than there are', async () => {
    const paths = await connections({ from: 'c', to: 'a', first: 10, excludeKinds: [] });
    expect(paths.length).toBeGreaterThan(0);
    for (const { nodes } of paths) expect(new Set(nodes).size).toBe(nodes.length);
  });

  it('walks only $types and no further than maxHops', async () => {
    expect(await connections({ from: 'a', to: 'b', types: ['VISITED'], excludeKinds: [] })).toEqual([
      { nodes: ['a', 'land', 'b'], facts: ['f-a-land', 'f-b-land'] },
    ]);
    expect(await connections({ from: 'a', to: 'b', maxHops: 3 })).toEqual([]);
  });
});
