/**
 * The bench load (bench/generate/load.ts) drops the constraints and indexes it does not read,
 * loads, and makes them again: afterwards the schema is what the migrations made, every index
 * online, and the graph has the ingest's provenance shape (each sentence IN its document, each
 * evidence FROM a sentence, mentions from sentences to entities) in the numbers the load reports.
 */
import { generateAndLoad } from '../../bench/generate/load';
import type { Graph } from '../../src/graph/driver';
import { openTestGraph, resetGraph } from '../support/graph';

describe('the bench load', () => {
  let graph: Graph;
  afterAll(() => graph.close());

  const schema = async () =>
    (
      await graph.runAutoCommit(
        "SHOW INDEXES YIELD name, type, state, owningConstraint WHERE type <> 'LOOKUP' RETURN name, type, state, owningConstraint IS NOT NULL AS constraint ORDER BY name",
      )
    ).map((row) => ({ ...row }));

  it('leaves the migrated schema and the ingest shape', async () => {
    graph = openTestGraph({ queryTimeoutMs: 120_000 });
    await resetGraph(graph);
    const before = await schema();
    const { stats } = await generateAndLoad(graph, { scale: 1000, seed: 7, batchSize: 500, log: () => {} });
    expect(await schema()).toEqual(before.map((row) => ({ ...row, state: 'ONLINE' })));
    const [shape] = await graph.runAutoCommit(
      `RETURN COUNT { (:Sentence)-[:IN]->(:Document) } AS sentences,
              COUNT { (s:Sentence) WHERE NOT (s)-[:IN]->(:Document) } AS loose,
              COUNT { (:Evidence)-[:FROM]->(:Sentence) } AS evidence,
              COUNT { (:Sentence)-[:MENTIONS]->(:Entity) } AS mentions,
              COUNT { (:Document) } AS documents`,
    );
    expect(shape).toEqual({
      sentences: stats.sentences,
      loose: 0,
      evidence: stats.evidence,
      mentions: stats.mentions,
      documents: stats.documents,
    });
    expect(stats.facts).toBeGreaterThan(1000);
  }, 300_000);
});
