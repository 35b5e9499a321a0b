/**
 * A crash between commit and delivery loses nothing: the real service (dist/src/cli/start.js, on
 * the shared test Neo4j) commits an ingest that fires a webhook watch, is killed with SIGKILL, and
 * once started again delivers the event, signed. Killed between two attempts (the receiver was
 * down), it sends the event as soon as it is up again and keeps the failed attempt in its log.
 * Killed during an attempt (the receiver got the request but had not answered), the delivery stays
 * claimed by the dead process until its lease ends (WEBHOOK_TIMEOUT_MS + 10 s), then is sent again
 * with the same delivery id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Graph } from '../../src/graph/driver';
import { claimMarginMs } from '../../src/api/watch/drainer';
import { projectRoot } from '../../src/paths';
import { openTestGraph, resetGraph, testGraphSettings } from '../support/graph';
import { freePort } from '../../src/database/free-port';
import { asEditor, graphql, testKeys } from '../support/server';

const firstInvestor =
  'FERGANA, June 2, 2026 - The Korean company Hanbit Textile Group invested 40 million dollars in Kokand Silk Mill.';
const secondInvestor =
  'FERGANA, July 7, 2026 - The Turkish company Orient Silk Group invested 25 million dollars in Kokand Silk Mill.';
const attemptTimeoutMs = 2000;

interface Delivery {
  id: string;
  status: string;
  attempts: number;
  statusCode: number | null;
  error: string | null;
}

interface Received {
  at: number;
  signature: string | undefined;
  delivery: string | undefined;
  body: string;
}

/** Starts the service; resolves with its URL once it listens. */
function startService(hookPort: number, retryBaseMs: number): Promise<{ child: ChildProcess; url: string }> {
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
      WEBHOOK_RETRY_BASE_MS: String(retryBaseMs),
      WEBHOOK_MAX_ATTEMPTS: '20',
      WEBHOOK_TIMEOUT_MS: String(attemptTimeoutMs),
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

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (!running(child)) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

/** Probes every 200 ms until it gives a value; fails naming `what` after `withinMs`. */
async function poll<T>(what: string, withinMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function call<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(url, query, variables, asEditor);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const ingest = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }`;

const deliveries = (url: string) =>
  call<{ watches: { deliveries: Delivery[] }[] }>(
    url,
    '{ watches { deliveries { id status attempts statusCode error } } }',
  ).then((data) => data.watches[0]!.deliveries);

/** A receiver on hookPort that records every request and answers it with `answer`. */
function listen(
  hookPort: number,
  received: Received[],
  answer: (res: ServerResponse, req: IncomingMessage) => void,
): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({
        at: Date.now(),
        signature: req.headers['x-silkgraph-signature'] as string | undefined,
        delivery: req.headers['x-silkgraph-delivery'] as string | undefined,
        body,
      });
      answer(res, req);
    });
  });
  return new Promise((resolve) => server.listen(hookPort, '127.0.0.1', () => resolve(server)));
}

const closed = (server: Server | undefined) =>
  new Promise((resolve) => {
    if (!server) return resolve(undefined);
    server.closeAllConnections();
    server.close(resolve);
  });

describe('a webhook event committed before a crash', () => {
  let graph: Graph;
  const services: ChildProcess[] = [];
  const receivers: Server[] = [];

  beforeAll(() => {
    graph = openTestGraph();
  });
  beforeEach(async () => {
    await resetGraph(graph);
  });
  afterEach(async () => {
    for (const service of services.splice(0)) await killed(service);
    for (const receiver of receivers.splice(0)) await closed(receiver);
  });
  afterAll(async () => {
    await graph.close();
  });

  /** Starts a service, ingests one investor, watches the mill and ingests a second investor: one event to deliver. */
  async function commitEvent(hookPort: number, retryBaseMs: number) {
    const first = await startService(hookPort, retryBaseMs);
    services.push(first.child);
    await call(first.url, ingest, { input: { text: firstInvestor } });
    const mills = await graph.runAutoCommit('MATCH (e:Entity {name: "Kokand Silk Mill"}) RETURN e.id AS id');
    expect(mills).toHaveLength(1);
    const created = await call<{ createWatch: { secret: string } }>(
      first.url,
      `mutation($input: CreateWatchInput!) { createWatch(input: $input) { secret } }`,
      { input: { name: 'mill', entityIds: [String(mills[0]!.id)], webhookUrl: `http://127.0.0.1:${hookPort}/hook` } },
    );
    await call(first.url, ingest, { input: { text: secondInvestor } });
    return { first, secret: created.createWatch.secret };
  }

  function expectTheEvent(request: Received, deliveryId: string, secret: string) {
    expect(request.delivery).toBe(deliveryId);
    expect(request.signature).toBe(`sha256=${createHmac('sha256', secret).update(request.body).digest('hex')}`);
    const event = JSON.parse(request.body) as { facts: { from: { name: string }; type: string }[] };
    expect(event.facts.map((fact) => `${fact.from.name} ${fact.type}`)).toEqual(['Orient Silk Group INVESTS_IN']);
  }

  it('is delivered at the restart when the crash came between two attempts (receiver down)', async () => {
    const hookPort = await freePort();
    // A retry 5 s after the first attempt: the kill comes before it, so no attempt is in flight.
    const { first, secret } = await commitEvent(hookPort, 5000);
    const [pending] = await poll('the first attempt', 30_000, async () => {
      const log = await deliveries(first.url);
      return log[0] && log[0].attempts >= 1 ? log : undefined;
    });
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 1, statusCode: null });
    expect(pending!.error).toMatch(/ECONNREFUSED|fetch failed/);
    await killed(first.child);

    const received: Received[] = [];
    receivers.push(await listen(hookPort, received, (res) => res.writeHead(204).end()));
    const second = await startService(hookPort, 5000);
    services.push(second.child);
    const [delivered] = await poll('the delivery after the restart', 30_000, async () => {
      const log = await deliveries(second.url);
      return log[0]?.status === 'DELIVERED' ? log : undefined;
    });
    expect(delivered).toMatchObject({ id: pending!.id, attempts: 2, statusCode: 204, error: null });
    expect(received).toHaveLength(1);
    expectTheEvent(received[0]!, pending!.id, secret);
  });

  it('is sent again once its lease ends when the crash came during an attempt', async () => {
    const hookPort = await freePort();
    const received: Received[] = [];
    // The first request is held unanswered (the service is killed meanwhile); later ones get 204.
    receivers.push(
      await listen(hookPort, received, (res) => {
        if (received.length > 1) res.writeHead(204).end();
      }),
    );
    const { first, secret } = await commitEvent(hookPort, 300);
    const inFlight = await poll('the first attempt reaching the receiver', 30_000, async () => received[0]);
    await killed(first.child);

    const second = await startService(hookPort, 300);
    services.push(second.child);
    // The dead process's attempt was never recorded: the delivery is still claimed, no attempt counted.
    const [claimed] = await deliveries(second.url);
    expect(claimed).toMatchObject({ status: 'PENDING', attempts: 0, error: null });
    const [delivered] = await poll(
      'the delivery once the lease ended',
      3 * (attemptTimeoutMs + claimMarginMs),
      async () => {
        const log = await deliveries(second.url);
        return log[0]?.status === 'DELIVERED' ? log : undefined;
      },
    );
    expect(delivered).toMatchObject({ id: claimed!.id, attempts: 1, statusCode: 204, error: null });
    // Sent again only once the lease ended (claimed before the held request arrived), and only once.
    expect(received).toHaveLength(2);
    expect(received[1]!.at - inFlight.at).toBeGreaterThanOrEqual(attemptTimeoutMs + claimMarginMs - 1000);
    expect(received[1]!.body).toBe(inFlight.body);
    expectTheEvent(received[1]!, claimed!.id, secret);
  });
});
