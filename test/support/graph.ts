/**
 * Test access to the shared Neo4j of this run (see global-setup.ts).
 */
import { createLogger } from '../../src/log';
import { openGraph, type Graph } from '../../src/graph/driver';
import { applyMigrations, readMigrations } from '../../src/graph/migrations';

export const testLog = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', 'silkgraph-test');

export function testGraphSettings() {
  const uri = process.env.SILKGRAPH_TEST_NEO4J_URI;
  if (!uri) throw new Error('SILKGRAPH_TEST_NEO4J_URI is not set: run the tests through jest (global-setup.ts)');
  return {
    uri,
    user: process.env.SILKGRAPH_TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.SILKGRAPH_TEST_NEO4J_PASSWORD ?? '',
    database: 'neo4j',
    queryTimeoutMs: 30_000,
    retryTimeMs: 2_000,
  };
}

export function openTestGraph(overrides: Partial<ReturnType<typeof testGraphSettings>> = {}): Graph {
  return openGraph({ ...testGraphSettings(), ...overrides }, testLog);
}

/** Removes every node and every schema object, so the next test starts from an empty database. */
export async function wipeDatabase(graph: Graph): Promise<void> {
  await graph.runAutoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  for (const [kind, plural] of [
    ['CONSTRAINT', 'CONSTRAINTS'],
    ['INDEX', 'INDEXES'],
  ] as const) {
    const existing = await graph.runAutoCommit(`SHOW ${plural} YIELD name, type WHERE type <> 'LOOKUP' RETURN name`);
    for (const row of existing) await graph.runAutoCommit(`DROP ${kind} ${quoteName(String(row.name))} IF EXISTS`);
  }
}

/** Empties the graph but keeps the migrated schema: the usual start of a test. */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.runAutoCommit(
    'MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
  );
  await applyMigrations(graph, readMigrations());
}

function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}
