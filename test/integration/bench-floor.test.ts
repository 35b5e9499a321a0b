/**
 * The bench measures each read against its floor: the same statement with the parameters the
 * service sends, run without HTTP or GraphQL. Those parameters are built by the service's own
 * builders; this test runs every floor on the sample corpus, so a statement that gains a
 * parameter the floor does not send fails here rather than in a long bench run.
 */
import { ops } from '../../bench/ops';
import type { ReadFloor } from '../../bench/ops/types';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import { corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';

describe('the bench floors', () => {
  let graph: Graph;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    for (const article of corpusArticles()) await ingestArticle({ graph, maxBytes: 1_048_576 }, article);
    for (const name of ['Ferganaazot', 'Beibut Atamkulov', 'Khairullo Bozarov']) {
      const [row] = await graph.runAutoCommit('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name });
      ids[name] = row!.id as string;
    }
  }, 120_000);
  afterAll(() => graph.close());

  /** An input of each operation on the sample corpus. */
  const inputs: Record<string, () => unknown> = {
    entity: () => ids.Ferganaazot,
    search: () => 'Fergana',
    investors: () => ids.Ferganaazot,
    connections: () => ({ from: ids['Beibut Atamkulov'], to: ids['Khairullo Bozarov'] }),
    'graph-view': () => ids['Beibut Atamkulov'],
    neighbourhood: () => ids['Beibut Atamkulov'],
  };

  const reads = ops.filter((op) => 'statement' in op.floor);

  it('has an input here for every read the bench measures', () => {
    expect(reads.map((op) => op.name).sort()).toEqual(Object.keys(inputs).sort());
  });

  it.each(reads.map((op) => [op.name, op] as const))('runs the floor of %s with what it sends', async (name, op) => {
    const floor = op.floor as ReadFloor<never>;
    // Every floor answers something on the sample corpus (search: one row a hit, the others one row).
    const rows = await graph.read(floor.statement, floor.params(inputs[name]!() as never));
    expect(rows.length).toBeGreaterThan(0);
  });
});
