/**
 * The bench load (bench/generate/load.ts) drops the constraints and indexes it does not read,
 * loads, and makes them again: afterwards the schema is what the migrations made, every index
 * online, and the graph has the ingest's provenance shape (each sentence IN its document, each
 * evidence FROM a sentence, mentions from sentences to entities) in the numbers the load reports.
 */
import { batches } from '../../bench/generate/batches';
import { generateFacts } from '../../bench/generate/facts';
import { generateAndLoad } from '../../bench/generate/load';
import { buildWorld } from '../../bench/generate/world';
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
    // Transactions smaller than the generated batches: each batch goes in as several parts (batches.ts).
    const { stats } = await generateAndLoad(graph, {
      scale: 1000,
      seed: 7,
      batchSize: 500,
      transactionSize: 128,
      log: () => {},
    });
    expect(await schema()).toEqual(before.map((row) => ({ ...row, state: 'ONLINE' })));
    const [shape] = await graph.runAutoCommit(
      `RETURN COUNT { (:Sentence)-[:IN]->(:Document) } AS sentences,
              COUNT { (s:Sentence) WHERE NOT (s)-[:IN]->(:Document) } AS loose,
              COUNT { (:Evidence)-[:FROM]->(:Sentence) } AS evidence,
              COUNT { (:Sentence)-[:MENTIONS]->(:Entity) } AS mentions,
              COUNT { (:Document) } AS documents,
              COUNT { ()-[r]->() WHERE r.factId IS NOT NULL } AS facts`,
    );
    expect(shape).toEqual({
      sentences: stats.sentences,
      loose: 0,
      evidence: stats.evidence,
      mentions: stats.mentions,
      documents: stats.documents,
      facts: stats.facts,
    });
    expect(stats.facts).toBeGreaterThan(1000);
    // Every generated row was written once: the graph holds what the generator made, part by part or not.
    const world = buildWorld(1000, 7);
    const generated = [...batches(world, generateFacts(world), 500, (id) => id)];
    expect({ ...shape, entities: stats.entities }).toMatchObject({
      documents: generated.reduce((sum, b) => sum + b.documents.length, 0),
      facts: generated.reduce((sum, b) => sum + b.facts.length, 0),
      sentences: generated.reduce((sum, b) => sum + b.sentences, 0),
      evidence: generated.reduce((sum, b) => sum + b.evidence, 0),
      mentions: generated.reduce((sum, b) => sum + b.mentions, 0),
      entities: world.entities.length,
    });
    const [{ entities } = {}] = await graph.runAutoCommit('MATCH (e:Entity) RETURN count(e) AS entities');
    expect(entities).toBe(world.entities.length);
    // Evidence and mentions take what they share with their sentence and document from there
    // (create-documents.cypher): each must still hold the properties the ingest path gives it.
    const [provenance] = await graph.runAutoCommit(
      `RETURN COUNT { MATCH (v:Evidence)-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
                      WHERE v.quote = s.text AND v.start = s.start AND v.end = s.end AND v.documentId = d.id
                        AND v.seen = d.publishedAt AND v.extractor = 'rules' AND v.rule = 'bench.' + toLower(v.type)
                        AND v.confidence IS :: FLOAT NOT NULL AND v.status IS NOT NULL AND v.factId IS NOT NULL
                        AND v.fromId IS NOT NULL AND v.toId IS NOT NULL AND v.id STARTS WITH v.factId } AS evidence,
              COUNT { MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity), (s)-[:IN]->(d:Document)
                      WHERE m.documentId = d.id AND m.surface = e.name AND m.key = e.key AND m.roles = e.roles
                        AND m.end - m.start = size(e.name) AND substring(s.text, toInteger(m.start - s.start), size(e.name)) = e.name
                        AND m.rule = 'bench.name' AND m.extractor = 'rules' AND m.method = 'exact'
                        AND m.confidence = 0.9 AND m.score IS :: FLOAT AND m.score = 1.0 } AS mentions`,
    );
    expect(provenance).toEqual({ evidence: stats.evidence, mentions: stats.mentions });
  }, 300_000);
});
