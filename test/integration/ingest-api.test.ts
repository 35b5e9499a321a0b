/**
 * Ingest and delete through GraphQL over HTTP, the ingest CLI, and the sample
 * corpus loaded by `npm start` into an empty graph.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { start } from '../../src/cli/start';
import { loadConfig } from '../../src/config';
import type { Graph } from '../../src/graph/driver';
import { projectRoot } from '../../src/paths';
import type { RunningServer } from '../../src/server';
import { corpusArticle, corpusDir } from '../support/corpus';
import { openTestGraph, resetGraph, testGraphSettings, testLog } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';
import { tempDir } from '../support/temp-dir';

const ingestMutation = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    status documentId language entitiesCreated entitiesMerged factsCreated factsCorroborated factsSkipped warnings
    merges { name into entityId method score }
  }
}`;

async function documentCount(graph: Graph): Promise<number> {
  const [row] = await graph.read('document-count');
  return Number(row!.documents);
}

describe('ingest through GraphQL', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph, { INGEST_MAX_BYTES: 20_000 });
  });
  beforeEach(() => resetGraph(graph));
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('ingests, reports a repeat as UNCHANGED, and deletes', async () => {
    const article = corpusArticle('en-fergana-ambassador-visit');
    const input = {
      text: article.text,
      title: 'Ambassador in Fergana',
      url: 'https://example.org/news/1',
      publishedAt: '2024-02-12',
    };
    const first = await graphql<{ ingestDocument: Record<string, unknown> }>(
      server.url,
      ingestMutation,
      { input },
      asEditor,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestDocument).toMatchObject({ status: 'INGESTED', language: 'en', merges: [] });
    expect(first.data!.ingestDocument.factsCreated).toBeGreaterThan(5);
    const [stored] = await graph.runAutoCommit(
      'MATCH (d:Document) RETURN d.title AS title, d.url AS url, d.publishedAt AS publishedAt',
    );
    expect(stored).toEqual({
      title: 'Ambassador in Fergana',
      url: 'https://example.org/news/1',
      publishedAt: '2024-02-12',
    });

    const again = await graphql<{ ingestDocument: Record<string, unknown> }>(
      server.url,
      ingestMutation,
      { input },
      asEditor,
    );
    expect(again.data!.ingestDocument).toMatchObject({
      status: 'UNCHANGED',
      documentId: first.data!.ingestDocument.documentId,
    });

    const removed = await graphql<{ deleteDocument: Record<string, number> }>(
      server.url,
      'mutation($id: ID!) { deleteDocument(id: $id) { documentId factsRetracted factsRemoved entitiesRemoved } }',
      { id: first.data!.ingestDocument.documentId },
      asEditor,
    );
    expect(removed.data!.deleteDocument.factsRemoved).toBe(first.data!.ingestDocument.factsCreated);
    expect(removed.data!.deleteDocument.entitiesRemoved).toBe(first.data!.ingestDocument.entitiesCreated);
    // Only the audit log's entries of the ingest and the deletion stay (and the counter that numbers them).
    const [left] = await graph.runAutoCommit(
      'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:ChangeSequence RETURN count(n) AS nodes, collect(n.operation) AS changes',
    );
    expect(left).toEqual({ nodes: 2, changes: expect.arrayContaining(['INGEST_DOCUMENT', 'DELETE_DOCUMENT']) });
  });

  it('reports resolution decisions when an article names known entities in other spellings', async () => {
    await graphql(
      server.url,
      ingestMutation,
      { input: { text: corpusArticle('en-fergana-ambassador-visit').text } },
      asEditor,
    );
    const second = await graphql<{ ingestDocument: { merges: { name: string; into: string; method: string }[] } }>(
      server.url,
      ingestMutation,
      {
        input: { text: corpusArticle('en-fergana-korea-delegation').text },
      },
      asEditor,
    );
    expect(second.data!.ingestDocument.merges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Khayrullo Bozorov', into: 'Khairullo Bozarov', method: 'fuzzy' }),
      ]),
    );
  });

  it.each([
    ['empty text', { text: '  ' }, 'input.text: is empty'],
    [
      'text over INGEST_MAX_BYTES',
      { text: 'word '.repeat(5000) },
      'input.text: is 25000 bytes, over the limit of 20000 bytes (INGEST_MAX_BYTES)',
    ],
    [
      'binary content',
      { text: 'GIF89a\u0000\u0001' },
      'input.text: contains NUL characters: binary data is not an article',
    ],
  ])('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, input, message) => {
    const response = await graphql(server.url, ingestMutation, { input }, asEditor);
    expect(response.errors?.[0]).toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT', argument: message.split(':')[0] },
    });
    expect(await documentCount(graph)).toBe(0);
  });

  it.each([
    ['an invalid URL', { text: 'Some text.', url: 'not a url' }, /URL/],
    ['an invalid date', { text: 'Some text.', publishedAt: '2024-13-45' }, /LocalDate|date/i],
  ])('rejects %s at the schema with BAD_USER_INPUT, writing nothing', async (_name, input, message) => {
    const response = await graphql(server.url, ingestMutation, { input }, asEditor);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(await documentCount(graph)).toBe(0);
  });

  it('ingests an article in an unsupported language with a warning', async () => {
    const response = await graphql<{ ingestDocument: { status: string; warnings: string[] } }>(
      server.url,
      ingestMutation,
      {
        input: { text: 'The Minister of Economy of Uzbekistan visited the Navoi region.', language: 'fr' },
      },
      asEditor,
    );
    expect(response.data!.ingestDocument.status).toBe('INGESTED');
    expect(response.data!.ingestDocument.warnings).toContain(
      'language "fr" is not supported (en, de, ru, uz); it was detected instead',
    );
  });

  it('answers NOT_FOUND for an unknown document', async () => {
    const response = await graphql(
      server.url,
      'mutation { deleteDocument(id: "doc_nope") { documentId } }',
      {},
      asEditor,
    );
    expect(response.errors?.[0]).toMatchObject({
      message: 'No document with id "doc_nope"',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('npm run ingest', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = openTestGraph();
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('ingests files and folders, reports each file, goes on after a failure, and exits 1', async () => {
    const dir = tempDir('silkgraph-ingest-cli');
    writeFileSync(join(dir, 'a-visit.txt'), corpusArticle('en-sughd-turkey-ambassador').text!);
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(join(dir, 'notes.json'), '{}');
    const { uri, user, password } = testGraphSettings();
    const run = () =>
      promisify(execFile)(
        process.execPath,
        [join(projectRoot, 'dist/src/cli/ingest.js'), dir, join(corpusDir, 'de-konaev-generalkonsul.txt')],
        {
          env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' },
        },
      ).then(
        (done) => ({ code: 0, stdout: done.stdout }),
        (failed: { code: number; stdout: string }) => ({ code: failed.code, stdout: failed.stdout }),
      );
    const first = await run();
    expect(first.code).toBe(1);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\+ .*a-visit\.txt: doc_\w+ \(en\): entities \d+ added, 0 merged; facts \d+ added/);
    expect(lines[1]).toMatch(/^! .*b-empty\.txt: failed: input\.text: is empty$/);
    expect(lines[2]).toMatch(/^! .*c-binary\.txt: failed: c-binary\.txt: looks like binary data/);
    expect(lines[3]).toMatch(/^\+ .*de-konaev-generalkonsul\.txt: doc_\w+ \(de\)/);
    // The summary gives the throughput, in articles per second.
    expect(lines[4]).toMatch(/^4 files in [\d.]+ s \(\d+\.\d articles\/s\): 2 ingested, 0 unchanged, 2 failed;/);
    expect(await documentCount(graph)).toBe(2);

    const second = await run();
    expect(second.stdout).toMatch(/a-visit\.txt: unchanged, already ingested as doc_/);
    expect(second.stdout).toMatch(/4 files in [\d.]+ s \([\d.]+ articles\/s\): 0 ingested, 2 unchanged, 2 failed;/);
  });
});

describe('npm start', () => {
  it('loads the sample corpus into an empty graph, and not again', async () => {
    const graph = openTestGraph();
    await resetGraph(graph);
    const { uri, user, password } = testGraphSettings();
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      PORT: '0',
      LOG_LEVEL: 'silent',
    });
    const first = await start(config, testLog);
    await first.stop();
    const documents = await documentCount(graph);
    expect(documents).toBeGreaterThanOrEqual(10);
    await graph.runAutoCommit('MATCH (d:Document) WITH d LIMIT 1 DETACH DELETE d');
    const second = await start(config, testLog);
    await second.stop();
    expect(await documentCount(graph)).toBe(documents - 1);
    await graph.close();
  });
});
