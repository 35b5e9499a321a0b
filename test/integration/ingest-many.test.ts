/**
 * The folder ingest (ingestMany, a group of articles per write transaction)
 * gives the graph that ingesting the same articles one by one gives, skips
 * content already in the graph before extracting it, and lets a bad article
 * fail alone.
 */
import type { Graph } from '../../src/graph/driver';
import { systemAuthor } from '../../src/graph/audit/record-change';
import { extractArticle } from '../../src/ingest/extract-article';
import { ingestArticle, type IngestResult, type IngestSettings } from '../../src/ingest/ingest';
import { ingestMany, type ManySource } from '../../src/ingest/ingest-many';
import type { ArticleInput } from '../../src/ingest/input';
import type { ExtractOptions } from '../../src/ingest/types';
import { countingGraph } from '../support/counting-graph';
import { failingAfter } from '../support/failing-graph';
import { openTestGraph, resetGraph } from '../support/graph';
import { graphSnapshot } from '../support/snapshot';

// Invented articles. The second names the first's ambassador in another spelling (a fuzzy match, with Austria as
// a shared neighbour) and the first's governor exactly; the third repeats the first's content.
const articles: ArticleInput[] = [
  {
    title: 'first',
    text:
      'Austrian envoy in Bukhara\n\nBukhara, 2 April 2024. Leopold Hartmannsberger, Ambassador of Austria to ' +
      'Uzbekistan, met the governor of Bukhara region, Botir Zaripov, on Tuesday. They talked about textile exports.',
    publishedAt: '2024-04-02',
  },
  {
    title: 'second',
    text:
      'Bukhara and Austria plan a trade fair\n\nTashkent, 9 April 2024. Leopold Hartmannsburger, Ambassador of ' +
      'Austria to Uzbekistan, visited Bukhara region again. Botir Zaripov, governor of Bukhara region, welcomed him.',
    publishedAt: '2024-04-09',
  },
  {
    title: 'third',
    text:
      'Austrian envoy in Bukhara\n\nBukhara, 2 April 2024. Leopold Hartmannsberger, Ambassador of Austria to ' +
      'Uzbekistan, met the governor of Bukhara region, Botir Zaripov, on Tuesday. They talked about textile exports.',
    publishedAt: '2024-04-02',
  },
  {
    title: 'fourth',
    text:
      'Samarkand hosts a German delegation\n\nSamarkand, 15 April 2024. Annegret Vollmer, Ambassador of Germany to ' +
      'Uzbekistan, opened a language centre in Samarkand with the governor of Samarkand region, Erkinjon Turdimov.',
    publishedAt: '2024-04-15',
  },
];

const sources = (inputs: ArticleInput[]): ManySource[] =>
  inputs.map((input) => ({ name: input.title!, read: () => input }));

/** The graph without creation times (they differ from run to run), with the evidence and change entries. */
async function state(graph: Graph) {
  const snapshot = await graphSnapshot(graph);
  const evidence = await graph.runAutoCommit('MATCH (v:Evidence) RETURN v.id AS id ORDER BY id');
  const changes = await graph.runAutoCommit(
    'MATCH (c:Change) RETURN c.operation AS operation, c.documentIds AS documents ORDER BY documents[0]',
  );
  return {
    ...snapshot,
    entities: snapshot.entities.map((e) => ({ ...e, props: { ...e.props, createdAt: undefined } })),
    evidence,
    changes,
  };
}

async function ingestAll(settings: IngestSettings, inputs: ArticleInput[], groupSize: number) {
  const results: PromiseSettledResult<IngestResult>[] = [];
  await ingestMany(settings, sources(inputs), {
    groupSize,
    readAhead: groupSize,
    checkBatch: 2,
    by: systemAuthor,
    onResult: (_source, result) => results.push(result),
  });
  return results;
}

const statuses = (results: PromiseSettledResult<IngestResult>[]) =>
  results.map((r) => (r.status === 'fulfilled' ? r.value.status : 'failed'));

describe('ingestMany', () => {
  let graph: Graph;
  let settings: IngestSettings;
  beforeAll(() => {
    graph = openTestGraph();
    settings = { graph, maxBytes: 1_048_576 };
  });
  afterAll(() => graph.close());

  it('gives, with every article in one transaction, the graph that ingesting them one by one gives', async () => {
    await resetGraph(graph);
    const oneByOne: IngestResult[] = [];
    for (const article of articles) oneByOne.push(await ingestArticle(settings, article));
    const expected = await state(graph);
    expect(oneByOne.map((r) => r.status)).toEqual(['ingested', 'ingested', 'unchanged', 'ingested']);
    expect(oneByOne[1]!.merges.map((m) => [m.name, m.method])).toEqual(
      expect.arrayContaining([
        ['Leopold Hartmannsburger', 'fuzzy'],
        ['Botir Zaripov', 'exact'],
      ]),
    );

    await resetGraph(graph);
    const grouped = await ingestAll(settings, articles, 4);
    expect(statuses(grouped)).toEqual(['ingested', 'ingested', 'unchanged', 'ingested']);
    expect(grouped.map((r) => r.status === 'fulfilled' && r.value)).toEqual(oneByOne);
    expect(await state(graph)).toEqual(expected);
  });

  it("asks the full-text index once for a group's names, before the group writes", async () => {
    await resetGraph(graph);
    const counting = countingGraph(graph);
    expect(statuses(await ingestAll({ ...settings, graph: counting }, articles, 4))).toEqual([
      'ingested',
      'ingested',
      'unchanged',
      'ingested',
    ]);
    const [group] = counting.statements.flatMap((s) => ('transaction' in s ? [s.transaction] : []));
    const names = group!.map((s) => s.statement);
    expect(names.filter((name) => name === 'ingest/fulltext-candidates')).toHaveLength(1);
    expect(names.indexOf('ingest/fulltext-candidates')).toBeLessThan(names.indexOf('ingest/write-article-graph'));
    expect(names.filter((name) => name === 'ingest/resolution-candidates')).toHaveLength(3);
  });

  it('writes what no later article reads once for the group, after every article wrote its entities and facts', async () => {
    await resetGraph(graph);
    const counting = countingGraph(graph);
    await ingestAll({ ...settings, graph: counting }, articles, 4);
    const [group] = counting.statements.flatMap((s) => ('transaction' in s ? [s.transaction] : []));
    const names = group!.map((s) => s.statement);
    const count = (name: string) => names.filter((n) => n === name).length;
    // Three articles written (the third is the first's content again): per article, what resolution reads.
    expect(count('ingest/write-article-graph')).toBe(3);
    expect(
      ['ingest/create-documents', 'ingest/create-mentions', 'ingest/create-evidence', 'audit/record-changes'].map(
        count,
      ),
    ).toEqual([1, 1, 1, 1]);
    expect(names.lastIndexOf('ingest/write-article-graph')).toBeLessThan(names.indexOf('ingest/create-mentions'));
    // One entry per article, numbered in the articles' order.
    const changes = await graph.runAutoCommit(
      'MATCH (c:Change) RETURN c.seq AS seq, c.documentIds AS documents ORDER BY seq',
    );
    const written = await graph.runAutoCommit('MATCH (d:Document) RETURN d.title AS title, d.id AS id');
    const titleOf = new Map(written.map((d) => [d.id as string, d.title as string]));
    expect(changes.map((c) => [Number(c.seq), titleOf.get((c.documents as string[])[0]!)])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, 'fourth'],
    ]);
  });

  it('skips the content the graph holds already without extracting it', async () => {
    await resetGraph(graph);
    const extracted: string[] = [];
    const counting: IngestSettings = {
      ...settings,
      extract: (text: string, options: ExtractOptions) => {
        extracted.push(text.slice(0, 30));
        return Promise.resolve(extractArticle(text, options));
      },
    };
    expect(statuses(await ingestAll(counting, articles.slice(0, 2), 8))).toEqual(['ingested', 'ingested']);
    extracted.splice(0);
    const resumed = await ingestAll(counting, articles, 8);
    expect(statuses(resumed)).toEqual(['unchanged', 'unchanged', 'unchanged', 'ingested']);
    expect(extracted).toEqual([articles[3]!.text!.slice(0, 30)]);
  });

  it('lets a bad article of a group fail alone: the others land, each with its change entry', async () => {
    await resetGraph(graph);
    const failingSecond = failingAfter(graph, 'ingest/create-documents', (params) =>
      (params as { documents: { document: { title?: string } }[] }).documents.some(
        (d) => d.document.title === 'second',
      ),
    );
    const results = await ingestAll({ ...settings, graph: failingSecond }, articles, 4);
    expect(statuses(results)).toEqual(['ingested', 'failed', 'unchanged', 'ingested']);
    expect(results[1]).toMatchObject({
      status: 'rejected',
      reason: { message: /injected failure after ingest\/create-documents/ },
    });
    const [counts] = await graph.runAutoCommit(
      `CALL () { MATCH (d:Document) RETURN collect(d.title) AS titles }
       CALL () { MATCH (c:Change {operation: 'INGEST_DOCUMENT'}) RETURN count(c) AS changes }
       CALL () { MATCH (l:IngestLock) RETURN count(l) AS locks }
       RETURN titles, changes, locks`,
    );
    expect({ ...counts, titles: (counts!.titles as string[]).sort() }).toEqual({
      titles: ['first', 'fourth'],
      changes: 2,
      locks: 0,
    });
  });
});
