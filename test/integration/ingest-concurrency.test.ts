/**
 * Articles ingested at once give the graph they give one after the other:
 * resolution runs inside the write transaction, under the ingest lock.
 */
import type { Graph } from '../../src/graph/driver';
import { ingestArticle, type IngestSettings } from '../../src/ingest/ingest';
import { openTestGraph, resetGraph } from '../support/graph';
import { graphSnapshot } from '../support/snapshot';

// The same new person in two spellings (fuzzy 0.909, sharing Austria as a neighbour).
const first = {
  text:
    'Austrian ambassador visits Samarkand\n\nSamarkand, 4 March 2024. Gerhard Wolfsberger, Ambassador of Austria ' +
    'to Uzbekistan, met the governor of Samarkand region, Erkinjon Turdimov, on Monday. The sides discussed cooperation in tourism.',
  publishedAt: '2024-03-04',
};
const second = {
  text:
    'Austria and Samarkand discuss tourism\n\nTashkent, 6 March 2024. Gerhardt Wolfsburger, Ambassador of Austria ' +
    'to Uzbekistan, visited Samarkand region. Wolfsburger said Austrian companies were ready to invest.',
  publishedAt: '2024-03-06',
};

/** The whole graph without creation times, which differ from run to run. */
async function state(graph: Graph) {
  const snapshot = await graphSnapshot(graph);
  return {
    ...snapshot,
    entities: snapshot.entities.map((e) => {
      const props: Record<string, unknown> = { ...e.props, createdAt: undefined };
      return { ...e, props };
    }),
  };
}

describe('concurrent ingests', () => {
  let graph: Graph;
  let settings: IngestSettings;
  beforeAll(() => {
    graph = openTestGraph();
    settings = { graph, maxBytes: 1_048_576 };
  });
  afterAll(() => graph.close());

  it('give the graph that ingesting the same articles one after the other gives', async () => {
    const sequential = [];
    for (const order of [
      [first, second],
      [second, first],
    ]) {
      await resetGraph(graph);
      for (const article of order) await ingestArticle(settings, article);
      sequential.push(await state(graph));
    }
    for (const graphs of sequential) {
      expect(graphs.entities.filter((e) => e.props.kind === 'Person').map((e) => e.props.name)).toHaveLength(2);
    }

    for (let round = 0; round < 3; round++) {
      await resetGraph(graph);
      const results = await Promise.all([ingestArticle(settings, first), ingestArticle(settings, second)]);
      expect(results.map((r) => r.status)).toEqual(['ingested', 'ingested']);
      const together = await state(graph);
      const people = together.entities.filter((e) => e.props.kind === 'Person').map((e) => e.props.name);
      expect(people).toHaveLength(2); // the ambassador once, and the governor
      expect(sequential).toContainEqual(together);
    }
  });

  it('write the same content once, and leave no lock behind', async () => {
    await resetGraph(graph);
    const results = await Promise.all([1, 2, 3].map(() => ingestArticle(settings, first)));
    expect(results.map((r) => r.status).sort()).toEqual(['ingested', 'unchanged', 'unchanged']);
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    const [locks] = await graph.runAutoCommit('MATCH (l:IngestLock) RETURN count(l) AS locks');
    expect(locks).toEqual({ locks: 0 });
  });
});
