/**
 * A crash between commit and delivery loses nothing: the real service (dist/src/cli/start.js, on
 * the shared test Neo4j) commits an ingest that fires a webhook watch while the receiver is down,
 * is killed with SIGKILL, and once started again (receiver up) delivers the event, signed, with the
 * failed attempt of before the crash kept in its delivery log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Graph } from '../../src/graph/driver';
import { projectRoot } from '../../src/paths';
import { openTestGraph, resetGraph, testGraphSettings } from '../support/graph';
import { freePort } from '../../src/database/free-port';
import { asEditor, graphql, testKeys } from '../support/server';

const firstInvestor =
  'FERGANA, June 2, 2026 - The Korean company Hanbit Textile Group invested 40 million dollars in Kokand Silk Mill.';
const secondInvestor =
  'FERGANA, July 7, 2026 - The Turkish company Orient Silk Group invested 25 million dollars in Kokand Silk Mill.';

interface Delivery {
  id: string;
  status: string;
  attempts: number;
  statusCode: number | null;
  error: string | null;
}

/** Starts the service; resolves with its URL once it listens. */
function startService(hookPort: number): Promise<{ child: ChildProcess; url: string }> {
  const settings = testGraphSettings();
  const child = spawn(process.execPath, [join(projectRoot, 'dist/src/cli/start.js')], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      NEO4J_URI: settings.uri,
      NEO4J_USER: settings.user,
      NEO4J_PASSWORD: settings.password,
      LOAD_SAMPLE_CORPUS: 'false',
      API_KEYS: `editor:${testKeys.editor}:editor`,
      WEBHOOK_HOSTS: `127.0.0.1:${hookPort}`,
      WEBHOOK_RETRY_BASE_MS: '300',
      WEBHOOK_MAX_ATTEMPTS: '20',
    },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'silkgraph listening') resolve({ child, url: entry.url!.replace(/\/graphql$/, '') });
    });
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

async function poll<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a webhook event committed before a crash', () => {
  let graph: Graph;
  let service: ChildProcess | undefined;
  let receiver: Server | undefined;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
  });
  afterAll(async () => {
    if (service && service.exitCode === null) await killed(service);
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
    await graph.close();
  });

  it('is delivered after a restart (SIGKILL while the receiver was down)', async () => {
    const hookPort = await freePort();
    const first = await startService(hookPort);
    service = first.child;
    const call = async <T>(url: string, query: string, variables: Record<string, unknown> = {}) => {
      const response = await graphql<T>(url, query, variables, asEditor);
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const ingest = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }`;
    await call(first.url, ingest, { input: { text: firstInvestor } });
    const mills = await graph.runAutoCommit('MATCH (e:Entity {name: "Kokand Silk Mill"}) RETURN e.id AS id');
    expect(mills).toHaveLength(1);
    const mill = String(mills[0]!.id);
    const created = await call<{ createWatch: { secret: string } }>(
      first.url,
      `mutation($input: CreateWatchInput!) { createWatch(input: $input) { secret } }`,
      { input: { name: 'mill', entityIds: [mill], webhookUrl: `http://127.0.0.1:${hookPort}/hook` } },
    );
    await call(first.url, ingest, { input: { text: secondInvestor } });
    const deliveries = (url: string) =>
      call<{ watches: { deliveries: Delivery[] }[] }>(
        url,
        '{ watches { deliveries { id status attempts statusCode error } } }',
      ).then((data) => data.watches[0]!.deliveries);
    // Committed and attempted once: the receiver is not there.
    const [pending] = await poll(async () => {
      const log = await deliveries(first.url);
      return log[0] && log[0].attempts >= 1 ? log : undefined;
    });
    expect(pending).toMatchObject({ status: 'PENDING', statusCode: null });
    expect(pending!.error).toMatch(/ECONNREFUSED|fetch failed/);
    await killed(first.child);

    const received: { signature: string | undefined; delivery: string | undefined; body: string }[] = [];
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({
          signature: req.headers['x-silkgraph-signature'] as string | undefined,
          delivery: req.headers['x-silkgraph-delivery'] as string | undefined,
          body,
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(hookPort, '127.0.0.1', resolve));

    const second = await startService(hookPort);
    service = second.child;
    const [delivered] = await poll(async () => {
      const log = await deliveries(second.url);
      return log[0]?.status === 'DELIVERED' ? log : undefined;
    });
    expect(delivered).toMatchObject({ id: pending!.id, statusCode: 204, error: null });
    expect(delivered!.attempts).toBeGreaterThanOrEqual(2);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request!.delivery).toBe(pending!.id);
    expect(request!.signature).toBe(
      `sha256=${createHmac('sha256', created.createWatch.secret).update(request!.body).digest('hex')}`,
    );
    const event = JSON.parse(request!.body) as { facts: { from: { name: string }; type: string }[] };
    expect(event.facts.map((fact) => `${fact.from.name} ${fact.type}`)).toEqual(['Orient Silk Group INVESTS_IN']);
  });
});
