/**
 * Watchlists against a real Neo4j: createWatch / watches / deleteWatch belong to the key that made
 * them; a real graphql-ws client on /graphql receives exactly one factEvents event per committed
 * write that touches a watched fact, and none for a write that failed (rolled back after its
 * change entry) or one that touches nothing watched; a local HTTP receiver gets signed webhook
 * deliveries, retried after a 500, with the attempts readable in Watch.deliveries.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Graph } from '../../src/graph/driver';
import type { RunningServer } from '../../src/server';
import { failingAfter } from '../support/failing-graph';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, asOther, asReader, graphql, startTestServer, testKeys } from '../support/server';

// Invented articles: two investors in one plant (the watched entity), and one about another plant.
const firstInvestor =
  'ANDIJAN, March 3, 2026 - The Korean company Hanbit Textile Group invested 40 million dollars in Andijan Cotton Works.';
const secondInvestor =
  'ANDIJAN, April 9, 2026 - The Turkish company Orient Silk Group invested 25 million dollars in Andijan Cotton Works.';
const thirdInvestor =
  'ANDIJAN, May 14, 2026 - The Kazakh company Steppe Fibre Group invested 8 million dollars in Andijan Cotton Works.';
const otherPlant =
  'NAMANGAN, April 9, 2026 - The Chinese company Pamir Glass Group invested 12 million dollars in Namangan Glass Factory.';

const ingestMutation = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId status } }`;
const createMutation = `mutation($input: CreateWatchInput!) {
  createWatch(input: $input) { secret watch { id name owner entityIds relationTypes minConfidence webhookUrl createdAt } } }`;
const eventSubscription = `subscription($watchId: ID!) {
  factEvents(watchId: $watchId) {
    id watchId watchName changeId operation by removedFactIds
    facts { id type from { name } to { name } confidence evidence(first: 1) { edges { node { quote document { id } } } } }
  } }`;

interface WatchPayload {
  id: string;
  name: string;
  owner: string;
  entityIds: string[];
  relationTypes: string[] | null;
  minConfidence: number;
  webhookUrl: string | null;
}
interface EventPayload {
  id: string;
  watchId: string;
  changeId: string;
  operation: string;
  by: string;
  facts: {
    type: string;
    from: { name: string };
    to: { name: string };
    evidence: { edges: { node: { quote: string; document: { id: string } } }[] };
  }[];
}

/** The events of one subscription, in order, and the next one awaited without a timer. */
function collect(client: Client, watchId: string) {
  const received: { data?: { factEvents: EventPayload } | null; errors?: unknown[] }[] = [];
  const waiting: (() => void)[] = [];
  let ended: unknown;
  const dispose = client.subscribe<{ factEvents: EventPayload }>(
    { query: eventSubscription, variables: { watchId } },
    {
      next: (result) => {
        received.push(result as (typeof received)[number]);
        waiting.splice(0).forEach((wake) => wake());
      },
      error: (error) => {
        ended = error;
        waiting.splice(0).forEach((wake) => wake());
      },
      complete: () => waiting.splice(0).forEach((wake) => wake()),
    },
  );
  return {
    received,
    get ended() {
      return ended;
    },
    /** Resolves when the subscription has received `count` results. */
    async until(count: number) {
      while (received.length < count && ended === undefined) await new Promise<void>((wake) => waiting.push(wake));
      return received;
    },
    dispose,
  };
}

describe('watchlists', () => {
  let graph: Graph;
  let server: RunningServer;
  let failWrites = false;
  const clients: Client[] = [];

  beforeAll(async () => {
    graph = openTestGraph();
    const failing = failingAfter(graph, 'audit/record-changes');
    // Writes fail (after their change entry, rolled back with everything else) while failWrites is set.
    const switchable: Graph = {
      ...graph,
      writeTransaction: (work) => (failWrites ? failing : graph).writeTransaction(work),
    };
    server = await startTestServer(switchable, {
      WEBHOOK_HOSTS: ['127.0.0.1'],
      WEBHOOK_RETRY_BASE_MS: 50,
      WEBHOOK_MAX_ATTEMPTS: 3,
    });
  });
  beforeEach(async () => {
    failWrites = false;
    await resetGraph(graph);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.dispose();
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  const call = async <T>(query: string, variables: Record<string, unknown> = {}, headers = asEditor) => {
    const response = await graphql<T>(server.url, query, variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const ingest = (text: string) =>
    call<{ ingestDocument: { documentId: string } }>(ingestMutation, { input: { text } });
  const entityIdNamed = async (name: string) => {
    const rows = await graph.runAutoCommit('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name });
    expect(rows).toHaveLength(1);
    return rows[0]!.id as string;
  };
  const createWatch = async (input: Record<string, unknown>, headers = asEditor) =>
    (await call<{ createWatch: { secret: string; watch: WatchPayload } }>(createMutation, { input }, headers))
      .createWatch;
  const wsClient = (key: string | undefined) => {
    const client = createClient({
      url: `${server.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: key ? { authorization: `Bearer ${key}` } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    return client;
  };

  it('belongs to the key that made it: others neither list nor delete it; both writes are audited', async () => {
    await ingest(firstInvestor);
    const plant = await entityIdNamed('Andijan Cotton Works');
    const { watch, secret } = await createWatch({
      name: 'Andijan plant',
      entityIds: [plant, plant],
      relationTypes: ['INVESTS_IN'],
      minConfidence: 0.5,
    });
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(watch).toMatchObject({
      name: 'Andijan plant',
      owner: 'editor',
      entityIds: [plant],
      relationTypes: ['INVESTS_IN'],
      minConfidence: 0.5,
      webhookUrl: null,
    });
    expect((await call<{ watches: WatchPayload[] }>('{ watches { id } }')).watches).toEqual([{ id: watch.id }]);
    expect((await call<{ watches: WatchPayload[] }>('{ watches { id } }', {}, asOther)).watches).toEqual([]);
    expect((await call<{ watches: WatchPayload[] }>('{ watches { id } }', {}, asReader)).watches).toEqual([]);

    const deleteMutation = 'mutation($id: ID!) { deleteWatch(id: $id) { id } }';
    const foreign = await graphql(server.url, deleteMutation, { id: watch.id }, asOther);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toContain(watch.id);
    expect((await call<{ deleteWatch: { id: string } }>(deleteMutation, { id: watch.id })).deleteWatch).toEqual({
      id: watch.id,
    });
    expect((await call<{ watches: WatchPayload[] }>('{ watches { id } }')).watches).toEqual([]);

    const audit = await call<{ changes: { edges: { node: { operation: string; by: string; after: unknown } }[] } }>(
      '{ changes(where: { operations: [CREATE_WATCH, DELETE_WATCH] }) { edges { node { operation by after } } } }',
    );
    expect(audit.changes.edges.map(({ node }) => [node.operation, node.by])).toEqual([
      ['DELETE_WATCH', 'editor'],
      ['CREATE_WATCH', 'editor'],
    ]);
    expect(audit.changes.edges[1]!.node.after).toMatchObject({ watchId: watch.id, entityIds: [plant] });
  });

  it('refuses bad input naming it, and needs a key to list watches', async () => {
    await ingest(firstInvestor);
    const plant = await entityIdNamed('Andijan Cotton Works');
    const refused = async (input: Record<string, unknown>) => {
      const response = await graphql(server.url, createMutation, { input }, asEditor);
      return { code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message };
    };
    expect(await refused({ name: 'x', entityIds: [plant], webhookUrl: 'http://10.0.0.7/hook' })).toEqual({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('input.webhookUrl: the host "10.0.0.7" is not allowed for webhooks') as string,
    });
    expect(await refused({ name: 'x', entityIds: [plant], webhookUrl: 'ftp://127.0.0.1/hook' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('input.webhookUrl') as string,
    });
    expect(await refused({ name: 'x', entityIds: [plant], minConfidence: 1.5 })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.minConfidence: must be between 0 and 1, got 1.5',
    });
    expect(await refused({ name: 'x', entityIds: [] })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'input.entityIds: must name at least one entity',
    });
    expect(await refused({ name: 'x', entityIds: [plant, 'organization_nowhere'] })).toEqual({
      code: 'NOT_FOUND',
      message: 'No entity with id "organization_nowhere"',
    });
    const anonymous = await graphql(server.url, '{ watches { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Nothing refused was written.
    expect((await call<{ watches: unknown[] }>('{ watches { id } }')).watches).toEqual([]);
  });

  it('sends a graphql-ws subscriber one event per matching write, none for a failed or unrelated one', async () => {
    await ingest(firstInvestor);
    const plant = await entityIdNamed('Andijan Cotton Works');
    const { watch } = await createWatch({ name: 'Andijan plant', entityIds: [plant], relationTypes: ['INVESTS_IN'] });

    // Another key may not subscribe to it; a connection without a key is closed.
    const foreign = collect(wsClient(testKeys.other), watch.id);
    const [refusal] = await foreign.until(1);
    expect(refusal).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    const keyless = collect(wsClient(undefined), watch.id);
    await keyless.until(1);
    expect(keyless.received).toEqual([]);
    expect(keyless.ended).toMatchObject({ code: 4403 });

    const events = collect(wsClient(testKeys.editor), watch.id);
    // The client cannot see when the server has registered the subscription, and an event published
    // before that is not replayed. So it is probed: an editor accepts the watched fact again (a
    // REVIEW write touching it) until one event arrived; from then on every event must arrive.
    const factId = (
      await call<{ investments: { edges: { node: { id: string } }[] } }>(
        'query($target: ID!) { investments(where: { target: $target }) { edges { node { id } } } }',
        { target: plant },
      )
    ).investments.edges[0]!.node.id;
    const review = 'mutation($input: ReviewFactInput!) { reviewFact(input: $input) { fact { id } } }';
    while (events.received.length === 0) {
      await call(review, { input: { factId, verdict: 'ACCEPT' } });
      await Promise.race([events.until(1), new Promise((resolve) => setTimeout(resolve, 300))]);
    }

    const second = await ingest(secondInvestor);
    // A failed ingest of a matching article: its change entry rolled back with it, so nothing is sent.
    failWrites = true;
    const failed = await graphql(server.url, ingestMutation, { input: { text: thirdInvestor } }, asEditor);
    expect(failed.errors).toBeDefined();
    failWrites = false;
    // An unrelated article: nothing watched is touched.
    await ingest(otherPlant);
    const third = await ingest(thirdInvestor);
    const ingests = async () => {
      // Events arrive in the order of the writes, so once the last write's event is here, all are.
      for (;;) {
        const received = (await events.until(events.received.length + 1)).map((result) => result.data!.factEvents);
        if (received.some((event) => event.facts.some((fact) => fact.from.name === 'Steppe Fibre Group')))
          return received.filter((event) => event.operation !== 'REVIEW');
      }
    };
    const sent = await ingests();
    expect(sent.map((event) => event.facts.map((fact) => `${fact.from.name} ${fact.type} ${fact.to.name}`))).toEqual([
      ['Orient Silk Group INVESTS_IN Andijan Cotton Works'],
      ['Steppe Fibre Group INVESTS_IN Andijan Cotton Works'],
    ]);
    expect(sent[0]).toMatchObject({ watchId: watch.id, operation: 'INGEST_DOCUMENT', by: 'editor' });
    expect(sent.map((event) => event.facts[0]!.evidence.edges[0]!.node.document.id)).toEqual([
      second.ingestDocument.documentId,
      third.ingestDocument.documentId,
    ]);
    expect(sent[0]!.facts[0]!.evidence.edges[0]!.node.quote).toContain('Orient Silk Group');
    const ingestChanges = await call<{ changes: { edges: { node: { id: string } }[] } }>(
      '{ changes(where: { operations: [INGEST_DOCUMENT] }, first: 1) { edges { node { id } } } }',
    );
    expect(sent[1]!.changeId).toBe(ingestChanges.changes.edges[0]!.node.id);
  });

  describe('webhooks', () => {
    let receiver: Server;
    let receiverUrl: string;
    const requests: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    let answers: number[] = [];

    beforeAll(async () => {
      receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          requests.push({ headers: req.headers, body });
          const status = answers.shift() ?? 200;
          if (status === 302) res.writeHead(302, { location: 'http://169.254.169.254/latest' });
          else res.writeHead(status);
          res.end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    });
    beforeEach(() => {
      requests.length = 0;
      answers = [];
    });
    afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

    interface Delivery {
      id: string;
      status: string;
      attempts: number;
      statusCode: number | null;
      error: string | null;
      deliveredAt: string | null;
    }
    const deliveries = async () =>
      (
        await call<{ watches: { deliveries: Delivery[] }[] }>(
          '{ watches { deliveries { id changeId status attempts statusCode error deliveredAt } } }',
        )
      ).watches[0]!.deliveries;
    /** Polls the delivery log until the first delivery has left PENDING. */
    const settled = async () => {
      for (;;) {
        const log = await deliveries();
        if (log.length > 0 && log[0]!.status !== 'PENDING') return log;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };

    it('POSTs the event signed with the watch secret, retries after a 500, and logs the attempts', async () => {
      await ingest(firstInvestor);
      const plant = await entityIdNamed('Andijan Cotton Works');
      const { watch, secret } = await createWatch({ name: 'hook', entityIds: [plant], webhookUrl: receiverUrl });
      answers = [500];
      await ingest(secondInvestor);
      const log = await settled();
      expect(log).toEqual([
        expect.objectContaining({ status: 'DELIVERED', attempts: 2, statusCode: 200, error: null }),
      ]);
      expect(requests).toHaveLength(2);
      // The same body both times, signed with the secret shown at creation.
      expect(requests[1]!.body).toBe(requests[0]!.body);
      for (const request of requests) {
        const expected = `sha256=${createHmac('sha256', secret).update(request.body).digest('hex')}`;
        expect(request.headers['x-silkgraph-signature']).toBe(expected);
        expect(request.headers['x-silkgraph-delivery']).toBe(log[0]!.id);
        expect(request.headers['content-type']).toBe('application/json');
      }
      const body = JSON.parse(requests[0]!.body) as EventPayload & { facts: { evidence: unknown[] }[] };
      expect(body).toMatchObject({ id: log[0]!.id, watchId: watch.id, operation: 'INGEST_DOCUMENT', by: 'editor' });
      expect(body.facts.map((fact) => `${fact.from.name} ${fact.type} ${fact.to.name}`)).toEqual([
        'Orient Silk Group INVESTS_IN Andijan Cotton Works',
      ]);
      expect(body.facts[0]!.evidence).toHaveLength(1);
    });

    it('fires only for facts of the watched types with at least the minimum confidence', async () => {
      await ingest(firstInvestor);
      const plant = await entityIdNamed('Andijan Cotton Works');
      // The investment is found with confidence 0.75.
      await createWatch({ name: 'governors', entityIds: [plant], relationTypes: ['GOVERNS'], webhookUrl: receiverUrl });
      await createWatch({ name: 'sure only', entityIds: [plant], minConfidence: 0.9, webhookUrl: receiverUrl });
      await createWatch({ name: 'investors', entityIds: [plant], minConfidence: 0.7, webhookUrl: receiverUrl });
      await ingest(secondInvestor);
      // One drain run reads every watch before it sends: once the third watch's delivery is done,
      // the other two have read the same write and queued nothing.
      const logs = async () =>
        (
          await call<{ watches: { name: string; deliveries: Delivery[] }[] }>(
            '{ watches { name deliveries { status } } }',
          )
        ).watches;
      for (;;) {
        const watches = await logs();
        if (watches.find((watch) => watch.name === 'investors')?.deliveries[0]?.status === 'DELIVERED') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const counts = Object.fromEntries((await logs()).map((watch) => [watch.name, watch.deliveries.length]));
      expect(counts).toEqual({ governors: 0, 'sure only': 0, investors: 1 });
      expect(requests).toHaveLength(1);
    });

    it('does not follow a redirect, and gives up after WEBHOOK_MAX_ATTEMPTS', async () => {
      await ingest(firstInvestor);
      const plant = await entityIdNamed('Andijan Cotton Works');
      await createWatch({ name: 'hook', entityIds: [plant], webhookUrl: receiverUrl });
      answers = [302, 302, 302];
      await ingest(secondInvestor);
      const [delivery] = await settled();
      expect(delivery).toMatchObject({
        status: 'FAILED',
        attempts: 3,
        statusCode: 302,
        error: 'redirect to http://169.254.169.254/latest not followed',
        deliveredAt: null,
      });
      expect(requests).toHaveLength(3);
    });
  });
});
