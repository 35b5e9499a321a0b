/**
 * The query limits over HTTP: a rejected operation gets 400 and a message
 * naming the limit and the value; GraphiQL's introspection passes; the limits
 * follow MAX_QUERY_DEPTH, MAX_QUERY_ALIASES and MAX_QUERY_COST.
 */
import { getIntrospectionQuery } from 'graphql';
import type { Graph } from '../../src/graph/driver';
import { readMigrations } from '../../src/graph/migrations';
import { startServer, type RunningServer } from '../../src/server';
import { openTestGraph, resetGraph, testLog } from '../support/graph';
import { graphql, startTestServer } from '../support/server';

/** `{ __type(name: "Query") { fields { type { ofType { ... name } } } } }`, `depth` fields deep. */
const deepQuery = (depth: number): string => {
  let selection = 'name';
  for (let level = 5; level <= depth; level++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Query") { fields { type { ${selection} } } } }`;
};
const aliased = (n: number): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: __type(name: "Query") { name }`).join(' ')} }`;

describe('query limits over HTTP', () => {
  let graph: Graph;
  let server: RunningServer;
  let strict: RunningServer;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph);
    strict = await startServer({
      config: {
        PORT: 0,
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        BODY_LIMIT: '2mb',
        MAX_QUERY_DEPTH: 3,
        MAX_QUERY_ALIASES: 1,
        MAX_QUERY_COST: 5,
      },
      graph,
      ingest: { graph, maxBytes: 1_048_576 },
      migrations: readMigrations(),
      log: testLog,
    });
  });
  afterAll(async () => {
    await strict?.stop();
    await server?.stop();
    await graph?.close();
  });

  it('answers a query at the default depth of 12 and rejects one deeper', async () => {
    expect(await graphql(server.url, deepQuery(12))).toMatchObject({ status: 200, data: { __type: {} } });
    expect(await graphql(server.url, deepQuery(13))).toEqual({
      status: 400,
      errors: [
        {
          message: 'Query depth limit of 12 exceeded, found 13.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });

  it('rejects more than 30 aliases before anything runs', async () => {
    expect(await graphql(server.url, aliased(30))).toMatchObject({ status: 200 });
    const response = await graphql(server.url, aliased(31));
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Aliases limit of 30 exceeded, found 31.', 'GRAPHQL_VALIDATION_FAILED'],
    ]);
  });

  it('rejects a query of more than 1000 tokens while parsing', async () => {
    const response = await graphql(server.url, `{ ${'__typename '.repeat(1000)}}`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/more th\w+ 1000 tokens/);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it("lets GraphiQL's introspection query through, even under strict limits", async () => {
    const introspection = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    for (const url of [server.url, strict.url]) {
      const response = await graphql<{ __schema: { queryType: { name: string } } }>(url, introspection);
      expect(response.errors).toBeUndefined();
      expect(response.data?.__schema.queryType.name).toBe('Query');
    }
  });

  it('follows MAX_QUERY_DEPTH, MAX_QUERY_ALIASES and MAX_QUERY_COST', async () => {
    const messages = async (query: string) =>
      (await graphql(strict.url, query)).errors?.map((error) => error.message) ?? [];
    expect(await messages('{ databaseInfo { version } }')).toEqual([]);
    expect(await messages(deepQuery(4))).toContain('Query depth limit of 3 exceeded, found 4.');
    expect(await messages(aliased(2))).toContain('Aliases limit of 1 exceeded, found 2.');
    // Cost: 2 for the object field plus 1.5 for each scalar field under it.
    expect(await messages('{ databaseInfo { version edition migrations } }')).toEqual([
      'Query Cost limit of 5 exceeded, found 6.5.',
    ]);
  });
});
