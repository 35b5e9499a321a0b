/**
 * Seeded fuzz of the whole public surface on the sample corpus in a real Neo4j: every argument of
 * every root field (test/support/hostile.ts derives them from schema.graphql), the export
 * parameters and the static routes. Whatever comes in, the service answers it as the caller's
 * mistake or as a result — never an INTERNAL_SERVER_ERROR, never a 5xx — and a read, or a write
 * it refuses, leaves the whole graph exactly as it was.
 * FUZZ_SEED and FUZZ_RUNS (per field) change the inputs; a failure prints the seed and the
 * shrunk input that reproduces it.
 */
import fc from 'fast-check';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { exportQueries, hostileStrings, rootCalls, schema } from '../support/hostile';
import { asEditor, asReader, graphql, startTestServer, type GraphQLResponse } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const numRuns = Number(process.env.FUZZ_RUNS ?? 15);

const fieldsOf = (operation: 'query' | 'mutation') =>
  Object.keys((operation === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {});

/** Fails with what came back unless the service handled the input. */
function expectHandled(response: GraphQLResponse, input: unknown): void {
  const internal = (response.errors ?? []).filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (response.status >= 500 || internal.length > 0 || (response.data === undefined && !response.errors?.length))
    throw new Error(`unhandled input ${JSON.stringify(input)}: ${response.status} ${JSON.stringify(response.errors)}`);
}

describe('hostile input on every argument (seeded fuzz)', () => {
  let graph: Graph;
  let server: RunningServer;
  let ids: string[] = [];

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    for (const article of corpusArticles()) await ingestArticle({ graph, maxBytes: 1_048_576 }, article);
    server = await startTestServer(graph, { MAX_VIEW_NODES: 200 });
    const rows = [
      ...(await graph.runAutoCommit('MATCH (e:Entity) RETURN e.id AS id ORDER BY id LIMIT 30')),
      ...(await graph.runAutoCommit('MATCH (d:Document) RETURN d.id AS id ORDER BY id LIMIT 3')),
      ...(await graph.runAutoCommit(
        'MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN DISTINCT r.factId AS id ORDER BY id LIMIT 10',
      )),
    ];
    ids = rows.map((row) => String(row.id));
  });

  afterAll(async () => {
    await server?.stop();
    await graph?.close();
  });

  it('starts from a graph with entities, documents and facts to aim at', () => {
    expect(ids.filter((id) => id.startsWith('ent_')).length).toBeGreaterThan(10);
    expect(ids.filter((id) => id.startsWith('doc_')).length).toBeGreaterThan(0);
  });

  it.each(fieldsOf('query'))('Query.%s: no internal error, and the graph is unchanged', async (field) => {
    const call = rootCalls(ids).find((candidate) => candidate.operation === 'query' && candidate.field === field)!;
    const before = await graphSnapshot(graph);
    await fc.assert(
      fc.asyncProperty(call.variables, async (variables) => {
        expectHandled(await graphql(server.url, call.document, variables, asReader), variables);
      }),
      { seed, numRuns },
    );
    expect(await graphSnapshot(graph)).toEqual(before);
  });

  it.each(fieldsOf('mutation'))(
    'Mutation.%s: no internal error, and a refused write changes nothing',
    async (field) => {
      const call = rootCalls(ids).find((candidate) => candidate.operation === 'mutation' && candidate.field === field)!;
      await fc.assert(
        fc.asyncProperty(call.variables, async (variables) => {
          const before = await graphSnapshot(graph);
          const response = await graphql(server.url, call.document, variables, asEditor);
          expectHandled(response, variables);
          if (response.errors?.length) expect(await graphSnapshot(graph)).toEqual(before);
        }),
        { seed, numRuns },
      );
    },
  );

  it('GET /export/:format with hostile parameters: a file or a 4xx naming the parameter', async () => {
    const format = fc.constantFrom('cytoscape', 'graphml', 'gexf');
    await fc.assert(
      fc.asyncProperty(format, exportQueries(ids), async (name, parameters) => {
        const response = await fetch(`${server.url}/export/${name}?${parameters}`, { headers: asReader });
        if (response.status >= 500) throw new Error(`${response.status} for ${parameters}: ${await response.text()}`);
        if (response.status >= 400) {
          const body = (await response.json()) as GraphQLResponse;
          expect(body.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
        }
      }),
      { seed, numRuns: numRuns * 3 },
    );
  });

  it('GET of hostile paths: never a 5xx', async () => {
    const segment = fc
      .constantFrom(...hostileStrings)
      .map((text) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '').slice(0, 200)))
      .filter((name) => name.length > 0);
    const prefix = fc.constantFrom('/', '/viewer/', '/export/', '/graphql/ide/', '/graphql/');
    await fc.assert(
      fc.asyncProperty(prefix, segment, async (path, name) => {
        const response = await fetch(`${server.url}${path}${name}`, { headers: asReader });
        if (response.status >= 500) throw new Error(`${response.status} for ${path}${name}`);
      }),
      { seed, numRuns: numRuns * 3 },
    );
  });
});
