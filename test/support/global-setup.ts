/**
 * Finds or starts the one Neo4j that the whole test run shares:
 *   SILKGRAPH_TEST_NEO4J_URI (+ _USER, _PASSWORD): an existing database that tests may wipe;
 *   else a testcontainers Neo4j when a Docker engine answers;
 *   else the local launcher, on a free port with a throw-away data folder.
 * NEO4J_URI is deliberately not used here: tests delete data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../../src/config';
import { provideNeo4j } from '../../src/database/provide';
import { freePort } from '../../src/database/free-port';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'silkgraph-test-neo4j-'));
  const connection = await provideNeo4j(
    configSchema.parse({
      NEO4J_URI: process.env.SILKGRAPH_TEST_NEO4J_URI,
      NEO4J_USER: process.env.SILKGRAPH_TEST_NEO4J_USER,
      NEO4J_PASSWORD: process.env.SILKGRAPH_TEST_NEO4J_PASSWORD,
      NEO4J_LOCAL_PORT: await freePort(),
      NEO4J_LOCAL_DATA: dataDir,
      NEO4J_LOCAL_HEAP: '1g',
      NEO4J_LOCAL_PAGECACHE: '256m',
    }),
    { allowContainers: true, onProgress: (message) => process.stderr.write(`[test neo4j] ${message}\n`) },
  );
  process.stderr.write(
    `[test neo4j] ${connection.origin} Neo4j at ${connection.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  process.env.SILKGRAPH_TEST_NEO4J_URI = connection.uri;
  process.env.SILKGRAPH_TEST_NEO4J_USER = connection.user;
  process.env.SILKGRAPH_TEST_NEO4J_PASSWORD = connection.password;
  (globalThis as { silkgraphTestNeo4j?: typeof connection }).silkgraphTestNeo4j = {
    ...connection,
    stop: async () => {
      await connection.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
