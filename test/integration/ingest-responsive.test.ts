/**
 * A large article is extracted in a worker thread: while a 1 MB article is
 * ingested through the API, /healthz keeps answering; an article over the
 * extraction time budget (EXTRACT_TIMEOUT_MS) fails with BAD_USER_INPUT naming
 * it, and nothing of it is written.
 */
import { largeArticle } from '../../bench/generate/large-article';
import { configSchema } from '../../src/config';
import type { Graph } from '../../src/graph/driver';
import { ExtractPool } from '../../src/ingest/extract-pool';
import type { RunningServer } from '../../src/server';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';

const ingestMutation = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { status entitiesCreated factsCreated }
}`;

interface IngestAnswer {
  data?: { ingestDocument: { status: string; entitiesCreated: number } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** How long each /healthz request takes, asked one after another until `done` settles. */
async function healthWhile(url: string, done: Promise<unknown>): Promise<{ status: number; ms: number }[]> {
  let settled = false;
  void done.finally(() => (settled = true));
  const answers: { status: number; ms: number }[] = [];
  while (!settled) {
    const started = performance.now();
    const response = await fetch(`${url}/healthz`);
    answers.push({ status: response.status, ms: performance.now() - started });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return answers;
}

async function documentCount(graph: Graph): Promise<number> {
  const [row] = await graph.read('document-count');
  return Number(row!.documents);
}

describe('ingest of a large article', () => {
  let graph: Graph;
  const pools: ExtractPool[] = [];
  const servers: RunningServer[] = [];
  const serve = async (timeoutMs: number): Promise<RunningServer> => {
    const pool = new ExtractPool({ size: 1, timeoutMs });
    pools.push(pool);
    const server = await startTestServer(graph, { extract: (text, options) => pool.extract(text, options) });
    servers.push(server);
    return server;
  };
  beforeAll(() => {
    // Writing a 1 MB article (8,000 sentences, 16,000 mentions) in one transaction takes longer than the tests'
    // usual 30 s transaction timeout on a busy machine; this test is about extraction, so the write gets time.
    graph = openTestGraph({ queryTimeoutMs: 300_000 });
  });
  beforeEach(() => resetGraph(graph));
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await Promise.all(pools.map((pool) => pool.close()));
    await graph.close();
  });

  it('leaves /healthz answering while a 1 MB article is ingested', async () => {
    const server = await serve(configSchema.parse({}).EXTRACT_TIMEOUT_MS * 5);
    const text = largeArticle(1_000_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_048_576); // under the default INGEST_MAX_BYTES
    const ingest = graphql(server.url, ingestMutation, { input: { text } }, asEditor) as Promise<IngestAnswer>;
    const health = await healthWhile(server.url, ingest);
    const answer = await ingest;
    // Extraction alone takes seconds, so /healthz was asked many times, and answered each time at once: within
    // 2 s, a bound for a 2-core machine shared with other work (the slowest seen was 1.0 s at load 20; extraction
    // on the event loop held every request for the whole extraction, minutes for 1 MB).
    expect(health.length).toBeGreaterThanOrEqual(5);
    expect(health.every((h) => h.status === 200)).toBe(true);
    expect(Math.max(...health.map((h) => h.ms))).toBeLessThan(2000);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ingestDocument).toMatchObject({ status: 'INGESTED' });
  }, 600_000);

  it('ends an extraction over EXTRACT_TIMEOUT_MS with BAD_USER_INPUT naming the budget', async () => {
    const { EXTRACT_TIMEOUT_MS } = configSchema.parse({ EXTRACT_TIMEOUT_MS: '1000' });
    const server = await serve(EXTRACT_TIMEOUT_MS);
    const answer = (await graphql(
      server.url,
      ingestMutation,
      { input: { text: largeArticle(1_000_000) } },
      asEditor,
    )) as IngestAnswer;
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringContaining('budget of 1000 ms (EXTRACT_TIMEOUT_MS)'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await documentCount(graph)).toBe(0);
  }, 600_000);
});
