/**
 * The ingest write path against a real Neo4j, with the real extractor on the
 * project's own sample corpus.
 */
import type { Graph } from '../../src/graph/driver';
import { upsertEntity } from '../../src/graph/curation/upsert-entity';
import { deleteDocument } from '../../src/graph/delete-document';
import { writeDocument } from '../../src/graph/ingest-document';
import { extractArticle } from '../../src/ingest/extract-article';
import { foldKey } from '../../src/model/fold';
import { ingestArticle, type IngestSettings } from '../../src/ingest/ingest';
import { validateArticle } from '../../src/ingest/input';
import { planWrite } from '../../src/ingest/plan';
import { rejectResolution } from '../../src/ingest/reject-resolution';
import { corpusArticle, corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { graphSnapshot } from '../support/snapshot';

async function entitiesNamed(graph: Graph, kind: string, names: string[]) {
  return graph.runAutoCommit(
    'MATCH (e:Entity {kind: $kind}) WHERE any(k IN $keys WHERE k IN e.aliasKeys) RETURN e.id AS id, e.name AS name, e.aliases AS aliases',
    { kind, keys: names.map(foldKey) },
  );
}

describe('ingest', () => {
  let graph: Graph;
  let settings: IngestSettings;
  beforeAll(() => {
    graph = openTestGraph();
    settings = { graph, maxBytes: 1_048_576 };
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('writes an article with its provenance, and a re-ingest of the same content is a no-op that says so', async () => {
    const article = corpusArticle('en-fergana-ambassador-visit');
    const first = await ingestArticle(settings, article);
    expect(first.status).toBe('ingested');
    expect(first.entitiesCreated).toBeGreaterThan(5);
    expect(first.factsCreated).toBeGreaterThan(5);
    const before = await graphSnapshot(graph);

    const again = await ingestArticle(settings, { ...article, text: `\n${article.text}\n` });
    expect(again).toMatchObject({
      status: 'unchanged',
      documentId: first.documentId,
      entitiesCreated: 0,
      factsCreated: 0,
    });
    expect(again.warnings).toContain('this content was already ingested');
    expect(await graphSnapshot(graph)).toEqual(before);
  });

  it('merges spelling variants of one person across articles, and keeps look-alikes apart', async () => {
    for (const article of corpusArticles()) await ingestArticle(settings, article);
    const governor = await entitiesNamed(graph, 'Person', ['Khairullo Bozarov', 'Khayrullo Bozorov']);
    expect(governor).toHaveLength(1);
    expect([governor[0]!.name, ...(governor[0]!.aliases as string[])]).toEqual(
      expect.arrayContaining(['Khairullo Bozarov', 'Khayrullo Bozorov']),
    );
    const lookAlikes = await graph.runAutoCommit(
      'MATCH (e:Entity) WHERE e.key IN $keys RETURN e.kind AS kind, e.name AS name ORDER BY name',
      { keys: ['Ferganaazot', 'Fergana', 'Fergana Region'].map(foldKey) },
    );
    expect(lookAlikes.map((r) => `${r.kind}:${r.name}`)).toEqual([
      'City:Fergana',
      'Region:Fergana Region',
      'Organization:Ferganaazot',
    ]);
  });

  it('finds an exact match by its id however many other entities share its spelling', async () => {
    const article = (day: number) => ({
      title: `Navoi visit ${day}`,
      text: `On ${day} March 2025 the governor of Navoi Region, Jasur Olimov, received a trade delegation from Latvia.`,
      language: 'en' as const,
      publishedAt: `2025-03-${String(day).padStart(2, '0')}`,
    });
    await ingestArticle(settings, article(4));
    const [region] = await entitiesNamed(graph, 'Region', ['Navoi Region']);
    // A curator's aliases make the region's keys long, and twelve organisations carry its name as an
    // alias: to the full-text index each of them is a better match than the region itself.
    const aliases = ['Karmana Oasis Province', 'Kyzylkum Mining Province', 'Zarafshan Valley Territory'];
    await upsertEntity(graph, { id: region!.id as string, name: 'Navoi Region', kind: 'Region', aliases });
    for (let i = 1; i <= 12; i++)
      await upsertEntity(graph, {
        name: `Navoi Region Trading House ${i}`,
        kind: 'Organization',
        aliases: ['Navoi Region'],
      });
    const second = await ingestArticle(settings, article(11));
    expect(second.merges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Navoi Region', entityId: region!.id, method: 'exact' }),
      ]),
    );
    expect(await entitiesNamed(graph, 'Region', ['Navoi Region'])).toHaveLength(1);
  });

  it('creates shared new entities once when 8 articles naming them are ingested concurrently', async () => {
    const articles = Array.from({ length: 8 }, (_, i) => ({
      text:
        `ASTANA, ${i + 1} March 2025\n\n` +
        `The Ambassador of Kazakhstan to Uzbekistan Beibut Atamkulov visited the Navoi Copper Plant in the Navoi region. ` +
        `Talks covered ${i + 3} joint projects and deliveries of cathode copper.`,
    }));
    const results = await Promise.all(articles.map((article) => ingestArticle(settings, article)));
    expect(results.every((r) => r.status === 'ingested')).toBe(true);
    for (const [kind, name] of [
      ['Person', 'Beibut Atamkulov'],
      ['Organization', 'Navoi Copper Plant'],
      ['Region', 'Navoi Region'],
      ['Country', 'Kazakhstan'],
    ] as const) {
      expect({ kind, name, count: (await entitiesNamed(graph, kind, [name])).length }).toEqual({
        kind,
        name,
        count: 1,
      });
    }
    const [visit] = await graph.runAutoCommit(
      'MATCH (:Person {key: $person})-[r:VISITED]->(:Organization {key: $plant}) RETURN count(r) AS facts, sum(r.sourceCount) AS sources',
      { person: foldKey('Beibut Atamkulov'), plant: foldKey('Navoi Copper Plant') },
    );
    expect(visit).toEqual({ facts: 1, sources: 8 });
  });

  it('deletes a document exactly: the graph is as if it had never been ingested', async () => {
    await ingestArticle(settings, corpusArticle('en-fergana-ambassador-visit'));
    const before = await graphSnapshot(graph);
    const shared = await ingestArticle(settings, corpusArticle('en-fergana-korea-delegation'));
    expect(shared.entitiesMerged).toBeGreaterThan(0);
    expect((await graphSnapshot(graph)).entities.length).toBeGreaterThan(before.entities.length);

    const outcome = await deleteDocument(graph, shared.documentId);
    expect(outcome.factsRetracted).toBeGreaterThan(0);
    expect(outcome.entitiesRemoved).toBeGreaterThan(0);
    expect(await graphSnapshot(graph)).toEqual(before);
  });

  it('refuses to delete a document that does not exist', async () => {
    await expect(deleteDocument(graph, 'doc_missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives every fact evidence whose quote is in its document at its offsets', async () => {
    for (const article of corpusArticles()) await ingestArticle(settings, article);
    const rows = await graph.runAutoCommit(
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.factId IS NOT NULL
       OPTIONAL MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
       RETURN r.factId AS factId, r.sourceCount AS sourceCount,
              collect({quote: v.quote, start: v.start, end: v.end, text: d.text, sentence: s.text, sentenceStart: s.start}) AS evidence`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const evidence = (
        row.evidence as {
          quote: string;
          start: number;
          end: number;
          text: string;
          sentence: string;
          sentenceStart: number;
        }[]
      ).filter((e) => e.quote !== null);
      expect({ factId: row.factId, evidence: evidence.length > 0 }).toEqual({ factId: row.factId, evidence: true });
      for (const e of evidence) {
        expect(e.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.sentence).toContain(e.quote.slice(0, Math.min(e.quote.length, e.sentence.length)));
      }
    }
  });

  it('leaves nothing of an article behind when its transaction fails midway', async () => {
    await ingestArticle(settings, corpusArticle('en-fergana-ambassador-visit'));
    const before = await graphSnapshot(graph);
    const article = validateArticle(corpusArticle('en-kokand-fez-indorama'), 1_048_576);
    const extraction = extractArticle(article.text);
    const plan = planWrite(article, extraction, new Map(), '2024-03-01');
    expect(plan.evidence.length).toBeGreaterThan(1);
    // The last statement of the transaction (evidence) fails: a nested map is not a property value.
    (plan.evidence[plan.evidence.length - 1] as unknown as { quote: unknown }).quote = { nested: { map: true } };
    await expect(writeDocument(graph, plan.document.contentHash, () => Promise.resolve(plan))).rejects.toThrow();
    expect(await graphSnapshot(graph)).toEqual(before);
  });

  describe('undoing a resolution decision', () => {
    const people = () =>
      graph.runAutoCommit(
        "MATCH (p:Person) WHERE p.key STARTS WITH 'hairulo' RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY name",
      );

    it('keeps a fuzzily merged name apart once the decision is rejected, and again after a re-ingest', async () => {
      await ingestArticle(settings, corpusArticle('en-fergana-ambassador-visit'));
      const korea = corpusArticle('en-fergana-korea-delegation');
      const merged = await ingestArticle(settings, korea);
      const merge = merged.merges.find((m) => m.name === 'Khayrullo Bozorov')!;
      expect(merge).toMatchObject({ into: 'Khairullo Bozarov', method: 'fuzzy' });
      expect(await people()).toHaveLength(1);

      const undone = await rejectResolution(settings, merged.documentId, merge.entityId);
      expect(undone.documentId).toBe(merged.documentId);
      expect(undone.merges.map((m) => m.name)).not.toContain('Khayrullo Bozorov');
      const apart = await people();
      expect(apart.map((p) => p.name)).toEqual(['Khairullo Bozarov', 'Khayrullo Bozorov']);
      expect(apart[0]!.aliases).not.toContain('Khayrullo Bozorov');

      await deleteDocument(graph, merged.documentId);
      const again = await ingestArticle(settings, korea);
      expect(again.merges.map((m) => m.name)).not.toContain('Khayrullo Bozorov');
      expect((await people()).map((p) => p.name)).toEqual(['Khairullo Bozarov', 'Khayrullo Bozorov']);
    });

    it('can keep apart even an exact match, and refuses an entity the document does not mention', async () => {
      const first = await ingestArticle(settings, corpusArticle('en-fergana-ambassador-visit'));
      const second = await ingestArticle(settings, corpusArticle('en-fergana-korea-delegation'));
      const region = second.merges.find((m) => m.name === 'Fergana Region')!;
      expect(region.method).toBe('exact');
      await rejectResolution(settings, second.documentId, region.entityId);
      const regions = await graph.runAutoCommit("MATCH (r:Region {name: 'Fergana Region'}) RETURN r.id AS id");
      expect(regions).toHaveLength(2);
      const [unrelated] = await graph.runAutoCommit("MATCH (p:Person {name: 'Beibut Atamkulov'}) RETURN p.id AS id");
      await expect(rejectResolution(settings, second.documentId, unrelated!.id as string)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(rejectResolution(settings, 'doc_missing', region.entityId)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(first.status).toBe('ingested');
    });
  });
});
