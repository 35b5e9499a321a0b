import { loadConfig } from '../../src/config';
import type { Graph } from '../../src/graph/driver';
import { applyMigrations, readMigrations } from '../../src/graph/migrations';
import type { Logger } from '../../src/log';
import { startServer, type RunningServer } from '../../src/server';
import { openTestGraph, resetGraph, wipeDatabase } from '../support/graph';
import { recordingLog } from '../support/log';
import { graphql, startTestServer } from '../support/server';

describe('HTTP server', () => {
  let graph: Graph;
  let server: RunningServer;
  const recorded = recordingLog();
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph, { BODY_LIMIT: '10kb', log: recorded.log });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('answers { __typename } at /graphql', async () => {
    const response = await graphql(server.url, '{ __typename }');
    expect(response).toEqual({ status: 200, data: { __typename: 'Query' } });
  });

  it('answers every GraphQL request with Cache-Control: no-store, a refused one too', async () => {
    for (const query of ['{ __typename }', '{ nope }']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('reports the database and its applied migrations', async () => {
    const response = await graphql<{ databaseInfo: { version: string; edition: string; migrations: string[] } }>(
      server.url,
      '{ databaseInfo { version edition migrations } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.databaseInfo.version).toMatch(/^5\.26\./);
    expect(response.data?.databaseInfo.migrations).toContain('001-core-constraints.cypher');
  });

  it('serves /healthz and /readyz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, database: 'up' });
  });

  it('rejects an unknown field with a validation error naming it', async () => {
    const response = await graphql(server.url, '{ nope }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a subscription over HTTP with OPERATION_NOT_SUPPORTED and says where to send it, logging no error', async () => {
    for (const query of [
      'subscription { factEvents(watchId: "watch_1") { id } }',
      'subscription S { factEvents(watchId: "watch_2") { changeId facts { id } } }',
    ]) {
      const response = await graphql(server.url, query);
      expect(response).toEqual({
        status: 400,
        errors: [
          {
            message:
              'Subscriptions are served over WebSocket (graphql-ws, subprotocol graphql-transport-ws) at /graphql, not over HTTP.',
            extensions: { code: 'OPERATION_NOT_SUPPORTED' },
          },
        ],
      });
    }
    expect(recorded.errors()).toEqual([]);
  });

  it('answers a variable with more bad values than graphql-js reports as BAD_USER_INPUT, logging no error', async () => {
    // graphql-js stops at 50 variable errors with an error of its own that Apollo leaves without a code.
    const kinds = Array.from({ length: 60 }, (_, i) => `NotAKind${i}`);
    const response = await graphql(
      server.url,
      'query($kinds: [EntityKind!]) { entities(where: { kinds: $kinds }) { totalCount } }',
      { kinds },
    );
    expect(response.status).toBe(400);
    const codes = new Set(response.errors?.map((error) => error.extensions?.code));
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.at(-1)?.message).toMatch(/Too many errors processing variables/);
    expect(recorded.errors()).toEqual([]);
  });

  it('rejects a body over BODY_LIMIT with 413 and a clear message', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(20_000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/exceeds the limit of 10240 bytes \(BODY_LIMIT\)/);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });
});

/**
 * Internal errors are masked unless NODE_ENV=development is set explicitly: a
 * server started with the default configuration answers a real Neo4j failure
 * (its full-text index dropped under it) with "Internal server error" alone,
 * no stack trace, no index name; the detail goes to the log.
 */
describe('internal errors under the default configuration', () => {
  let graph: Graph;
  const search = '{ search(text: "Fergana") { edges { node { entity { id } } } } }';
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    await graph.runAutoCommit('DROP INDEX entity_names');
  });
  afterAll(async () => {
    // Put the dropped index back: migrations are recorded as applied, so start from an empty database.
    await wipeDatabase(graph);
    await applyMigrations(graph, readMigrations());
    await graph.close();
  });

  async function serverWith(env: Record<string, string>, log: Logger): Promise<RunningServer> {
    return startServer({
      config: loadConfig({ PORT: '0', ...env }),
      graph,
      ingest: { graph, maxBytes: 1_048_576 },
      migrations: readMigrations(),
      log,
    });
  }

  it('masks the message and sends no stack trace when NODE_ENV is not set', async () => {
    const recorded = recordingLog();
    const server = await serverWith({}, recorded.log);
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: search }),
      });
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        data: null,
        errors: [
          {
            message: 'Internal server error',
            locations: expect.any(Array),
            path: ['search'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      expect(text).not.toMatch(/entity_names|stacktrace|neo4j/i);
      expect(recorded.errors().map((line) => line.msg)).toEqual(['internal error']);
      expect(JSON.stringify(recorded.errors())).toMatch(/entity_names/);
    } finally {
      await server.stop();
    }
  });

  it('shows the message and the stack trace only with NODE_ENV=development', async () => {
    const server = await serverWith({ NODE_ENV: 'development' }, recordingLog().log);
    try {
      const response = await graphql(server.url, search);
      expect(response.errors?.[0]?.message).toMatch(/entity_names/);
      expect(String(response.errors?.[0]?.extensions?.stacktrace)).toMatch(/^Neo4jError: .*\bat /);
    } finally {
      await server.stop();
    }
  });
});
