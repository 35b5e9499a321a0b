import type { Graph } from '../../src/graph/driver';
import type { RunningServer } from '../../src/server';
import { openTestGraph, resetGraph } from '../support/graph';
import { graphql, startTestServer } from '../support/server';

describe('HTTP server', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph, { BODY_LIMIT: '10kb' });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('answers { __typename } at /graphql', async () => {
    const response = await graphql(server.url, '{ __typename }');
    expect(response).toEqual({ status: 200, data: { __typename: 'Query' } });
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
