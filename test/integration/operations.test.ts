/**
 * Operation fixtures (in the manner of the @neo4j/graphql TCK and Grafast's
 * query tests): each test/operations/NAME.graphql runs over real HTTP against
 * the sample corpus (corpus/) in a real Neo4j, and NAME.expected.json holds, per
 * operation, the statements sent (cypher/ file names, with their sorted
 * parameter names but not their values, which hold texts, ids and dates; those
 * of one write transaction grouped) and the response (status, data, errors).
 * Requests carry the editor key. A test fails when a Query or Mutation field of
 * schema.graphql has no fixture.
 *
 *   NAME.graphql        one or more named operations, run in document order
 *   NAME.variables.json optional; variables for every operation (each takes the ones it declares);
 *                       {"$result": "Operation.path.to.value"} is a value from an earlier operation's data
 *
 * The corpus is ingested once; after a fixture with a mutation the graph is
 * put back as it was from an in-memory copy (test/support/graph-copy.ts), so no
 * fixture sees another's writes.
 *
 * Normalised, because the API promises nothing more: random UUIDs (mergeId)
 * become <uuid N>, numbered in order of appearance; the lists whose order
 * schema.graphql leaves open (see `unordered`) are sorted. Nothing else is:
 * every other list is ordered by the API (or by the corpus' fixed ingest
 * order), so a changed order is a real difference.
 *
 * What the API does not fix is left out of the fixtures' selections rather than
 * normalised: search cursors (they hold Lucene's raw score, which depends on the
 * full-text index's history), the Neo4j version, a curated fact's firstSeen.
 *
 * Update after an intended change: `npm run fixtures:update` (scripts/update-operation-fixtures.js:
 * UPDATE_FIXTURES=1 on this file, then Prettier) rewrites every NAME.expected.json (and removes
 * those without a NAME.graphql), then prints what changed; review it with `git diff test/operations`
 * before committing.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { typeDefs } from '../../src/api/type-defs';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import { projectRoot } from '../../src/paths';
import type { RunningServer } from '../../src/server';
import { corpusArticles } from '../support/corpus';
import { countingGraph, type Sent } from '../support/counting-graph';
import { copyGraph, type GraphCopy } from '../support/graph-copy';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, startTestServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const fixturesDir = join(projectRoot, 'test', 'operations');
const updating = process.env.UPDATE_FIXTURES === '1';

interface Fixture {
  name: string;
  source: string;
  operations: OperationDefinitionNode[];
  variables: Record<string, unknown>;
  writes: boolean;
}

interface Recorded {
  operation: string;
  statements: Sent[];
  response: { status: number; data?: unknown; errors?: unknown[] };
}

const schema = buildSchema(typeDefs);

function readFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const source = readFileSync(join(fixturesDir, file), 'utf8');
      const document = parse(source);
      const invalid = validate(schema, document);
      if (invalid.length > 0) throw new Error(`${file}: ${invalid.map((error) => error.message).join('; ')}`);
      const operations = document.definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      const unnamed = operations.find((operation) => !operation.name);
      if (unnamed) throw new Error(`${file}: every operation needs a name (it keys the expected result)`);
      const variablesFile = join(fixturesDir, `${name}.variables.json`);
      const variables = existsSync(variablesFile)
        ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>)
        : {};
      return { name, source, operations, variables, writes: operations.some((o) => o.operation === 'mutation') };
    });
}

/** The root fields an operation selects (through inline fragments at the root too). */
function rootFields(operation: OperationDefinitionNode): string[] {
  const names: string[] = [];
  const visit = (selections: OperationDefinitionNode['selectionSet']['selections']) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
    }
  };
  visit(operation.selectionSet.selections);
  return names;
}

/** Replaces {"$result": "Operation.path"} with that value of an earlier operation's data. */
function resolveVariables(value: unknown, earlier: Recorded[]): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveVariables(item, earlier));
  if (value === null || typeof value !== 'object') return value;
  const reference = (value as { $result?: unknown }).$result;
  if (typeof reference === 'string') {
    const [operation, ...path] = reference.split('.');
    const found = earlier.find((recorded) => recorded.operation === operation);
    if (!found) throw new Error(`$result ${reference}: no earlier operation ${operation}`);
    const resolved = path.reduce<unknown>(
      (at, key) => (at as Record<string, unknown> | null)?.[key],
      found.response.data,
    );
    if (resolved === undefined) {
      throw new Error(`$result ${reference}: nothing there in ${JSON.stringify(found.response)}`);
    }
    return resolved;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveVariables(item, earlier)]));
}

type Json = Record<string, unknown> | null | undefined;
const byContent = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
const sortList = (list: unknown, compare: (a: Json, b: Json) => number = byContent) =>
  Array.isArray(list) && (list as Json[]).sort(compare);

/**
 * Lists whose order schema.graphql does not promise, per root field: sorted by
 * content, so that only what they hold counts. A graph view's nodes and edges
 * are a set; common connections' facts too; paths come shortest first, in no
 * order within one length.
 */
const unordered: Record<string, (value: never) => void> = {
  graphView: (view: Json) => (sortList(view?.nodes), sortList(view?.edges)),
  commonConnections: (list: Json[] | null) => list?.forEach((entry) => sortList(entry?.facts)),
  connections: (paths: Json[] | null) =>
    sortList(paths, (a: Json, b: Json) => Number(a?.length) - Number(b?.length) || byContent(a, b)),
};

function orderUnordered(operation: OperationDefinitionNode, data: unknown): void {
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const value = (data as Record<string, unknown> | null)?.[selection.alias?.value ?? selection.name.value];
    unordered[selection.name.value]?.(value as never);
  }
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** See the header: random UUIDs become <uuid N>; nothing else changes. */
function normalise(recorded: Recorded[]): Recorded[] {
  const seen = new Map<string, string>();
  const text = JSON.stringify(recorded).replace(uuid, (found) => {
    if (!seen.has(found)) seen.set(found, `<uuid ${seen.size + 1}>`);
    return seen.get(found)!;
  });
  return JSON.parse(text) as Recorded[];
}

const fixtures = readFixtures();

describe('operation fixtures (test/operations)', () => {
  let base: Graph;
  let graph: ReturnType<typeof countingGraph>;
  let server: RunningServer;
  let sample: GraphCopy;
  let sampleSnapshot: Awaited<ReturnType<typeof graphSnapshot>>;
  let graphHasWrites = false;

  beforeAll(async () => {
    base = openTestGraph();
    await resetGraph(base);
    for (const article of corpusArticles()) await ingestArticle({ graph: base, maxBytes: 1_048_576 }, article);
    sample = await copyGraph();
    sampleSnapshot = await graphSnapshot(base);
    graph = countingGraph(base);
    server = await startTestServer(graph, { outbox: base });
  });
  afterAll(async () => {
    await server.stop();
    await sample.close();
    await base.close();
  });

  async function post(fixture: Fixture, operation: string, variables: unknown) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...asEditor },
      body: JSON.stringify({ query: fixture.source, operationName: operation, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return { status: response.status, ...body };
  }

  async function run(fixture: Fixture): Promise<Recorded[]> {
    // A fixture that writes leaves the graph changed; the next fixture gets the sample graph back.
    if (graphHasWrites) await sample.restore();
    graphHasWrites = fixture.writes;
    const recorded: Recorded[] = [];
    for (const operation of fixture.operations) {
      const name = operation.name!.value;
      graph.reset();
      const declared = operation.variableDefinitions?.map((definition) => definition.variable.name.value) ?? [];
      const variables = Object.fromEntries(
        declared.filter((key) => key in fixture.variables).map((key) => [key, fixture.variables[key]]),
      );
      const response = await post(fixture, name, resolveVariables(variables, recorded));
      orderUnordered(operation, response.data);
      recorded.push({ operation: name, statements: structuredClone(graph.statements), response });
    }
    return normalise(recorded);
  }

  // Reads first, then writes: the reads share the graph loaded once.
  const ordered = [...fixtures.filter((f) => !f.writes), ...fixtures.filter((f) => f.writes)];
  it.each(ordered.map((fixture) => [fixture.name, fixture] as const))('%s', async (_, fixture) => {
    const actual = await run(fixture);
    const expectedFile = join(fixturesDir, `${fixture.name}.expected.json`);
    if (updating) {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`); // npm run fixtures:update then runs prettier
      return;
    }
    if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run npm run fixtures:update`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  // Last: after the fixtures that write, the copy the others relied on is the graph as ingested.
  it('puts the sample graph back as it was ingested', async () => {
    await sample.restore();
    expect(await graphSnapshot(base)).toEqual(sampleSnapshot);
  });

  it('covers every Query and Mutation field of schema.graphql', () => {
    const covered = new Set(
      fixtures.flatMap((fixture) =>
        fixture.operations.flatMap((operation) =>
          rootFields(operation).map((field) => `${operation.operation}.${field}`),
        ),
      ),
    );
    const rootTypes = { query: schema.getQueryType(), mutation: schema.getMutationType() };
    const missing = Object.entries(rootTypes).flatMap(([operation, type]) =>
      Object.keys(type?.getFields() ?? {})
        .map((field) => `${operation}.${field}`)
        .filter((field) => !covered.has(field)),
    );
    expect(missing).toEqual([]);
  });

  it('has a NAME.graphql for every NAME.expected.json and NAME.variables.json', () => {
    const names = new Set(fixtures.map((fixture) => fixture.name));
    const orphans = readdirSync(fixturesDir).filter((file) => {
      const match = /^(.*)\.(expected|variables)\.json$/.exec(file);
      return match && !names.has(match[1]!);
    });
    if (updating)
      for (const file of orphans.filter((f) => f.endsWith('.expected.json'))) unlinkSync(join(fixturesDir, file));
    expect(orphans.filter((file) => !updating || file.endsWith('.variables.json'))).toEqual([]);
  });
});
