/**
 * A database that goes away and comes back. This test owns a second local
 * Neo4j (not the shared one) so it can stop and restart it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/database/launcher';
import type { Graph } from '../../src/graph/driver';
import { applyMigrations } from '../../src/graph/migrations';
import type { RunningServer } from '../../src/server';
import { openTestGraph } from '../support/graph';
import { freePort } from '../../src/database/free-port';
import { graphql, startTestServer } from '../support/server';

async function readyStatus(url: string): Promise<number> {
  return (await fetch(`${url}/readyz`)).status;
}

describe('when Neo4j stops and restarts', () => {
  let neo4j: LocalNeo4j;
  let graph: Graph;
  let server: RunningServer;
  let port: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'silkgraph-outage-'));

  beforeAll(async () => {
    port = await freePort();
    neo4j = await startLocalNeo4j({ port, dataDir, heap: '512m', pagecache: '64m' });
    graph = openTestGraph({ uri: neo4j.uri, user: 'neo4j', password: '' });
    await applyMigrations(graph);
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns /readyz to 503, fails queries with DATABASE_UNAVAILABLE, and recovers without a restart', async () => {
    expect(await readyStatus(server.url)).toBe(200);
    await neo4j.stop();
    expect(await readyStatus(server.url)).toBe(503);
    const during = await graphql(server.url, '{ databaseInfo { version } }');
    expect(during.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(during.errors?.[0]?.message).toBe('The graph database is unavailable; try again shortly.');
    expect((await graphql(server.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect(await fetch(`${server.url}/healthz`).then((r) => r.status)).toBe(200);
    neo4j = await startLocalNeo4j({ port, dataDir, heap: '512m', pagecache: '64m' });
    expect(await readyStatus(server.url)).toBe(200);
    const after = await graphql<{ databaseInfo: { version: string } }>(server.url, '{ databaseInfo { version } }');
    expect(after.errors).toBeUndefined();
    expect(after.data?.databaseInfo.version).toMatch(/^5\.26\./);
  });

  it('retries a read that meets the database down, and answers once it is back within the retry time', async () => {
    const patient = openTestGraph({ uri: neo4j.uri, user: 'neo4j', password: '', retryTimeMs: 120_000 });
    try {
      await neo4j.stop();
      const read = patient.read('database-info');
      const settled = jest.fn();
      void read.then(settled, settled);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(settled).not.toHaveBeenCalled();
      neo4j = await startLocalNeo4j({ port, dataDir, heap: '512m', pagecache: '64m' });
      const [row] = await read;
      expect(String(row?.version)).toMatch(/^5\.26\./);
    } finally {
      await patient.close();
    }
  });

  it('applies missing migrations when the database comes back empty', async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
    neo4j = await startLocalNeo4j({ port, dataDir, heap: '512m', pagecache: '64m' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const constraints = await graph.runAutoCommit("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name");
    expect(constraints).toHaveLength(1);
  });
});
