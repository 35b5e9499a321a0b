/**
 * READS_REQUIRE_KEY=true: a caller without a valid key learns nothing of the
 * schema. It is refused (401 UNAUTHENTICATED) before its operation is parsed
 * or validated, so it gets no "Did you mean" suggestions, no validation or
 * syntax messages and no introspection; a key holder keeps all of them.
 */
import type { Graph } from '../../src/graph/driver';
import type { RunningServer } from '../../src/server';
import { openTestGraph, resetGraph } from '../support/graph';
import { asReader, graphql, startTestServer } from '../support/server';

const misspelt = '{ entitty(id: "ent_x") { id } }';
const introspection = '{ __schema { queryType { name } } }';
const needKey = {
  message: 'Reads need an API key: send "Authorization: Bearer <key>" (keys are configured in API_KEYS).',
  extensions: { code: 'UNAUTHENTICATED' },
};

describe('reads that need a key', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph, { READS_REQUIRE_KEY: true });
  });
  afterAll(async () => {
    await server?.stop();
    await graph?.close();
  });

  it.each([
    ['a misspelt field', misspelt],
    ['an introspection query', introspection],
    ['a syntax error', '{ entity('],
    ['a subscription', 'subscription { databaseInfo { version } }'],
  ])('refuses %s from a caller without a key, saying only that a key is needed', async (_name, query) => {
    expect(await graphql(server.url, query)).toEqual({ status: 401, errors: [needKey] });
  });

  it('refuses a wrong key the same way, before validation', async () => {
    const response = await graphql(server.url, misspelt, {}, { authorization: 'Bearer not-a-known-key-123' });
    expect(response).toEqual({
      status: 401,
      errors: [{ message: 'The API key is not valid.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('gives a key holder suggestions and introspection', async () => {
    const misspelling = await graphql(server.url, misspelt, {}, asReader);
    expect(misspelling.status).toBe(400);
    expect(misspelling.errors?.[0]?.message).toMatch(/Did you mean "entity"/);
    expect(await graphql(server.url, introspection, {}, asReader)).toEqual({
      status: 200,
      data: { __schema: { queryType: { name: 'Query' } } },
    });
  });
});
