/**
 * `npm start` as an operator meets it: the real CLI (dist/src/cli/start.js) with
 * its own local Neo4j on a free port and a throw-away data folder. The local
 * Neo4j is killed outright and must come back by itself with the data; then
 * SIGTERM must stop the server and Neo4j, log `stopped` and exit 0.
 * The two tests share one process (starting Neo4j is the slow part), in order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isAlive } from '../../src/database/launcher';
import { projectRoot } from '../../src/paths';
import { freePort } from '../../src/database/free-port';
import { asEditor, graphql, testKeys } from '../support/server';

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting ${timeoutMs / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('npm start: a supervised local Neo4j and a clean shutdown', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'silkgraph-lifecycle-'));
  const log: LogLine[] = [];
  let service: ChildProcess;
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let url: string;
  let neo4jPort: number;
  const javaPid = () => (JSON.parse(readFileSync(join(dataDir, 'silkgraph-neo4j.pid'), 'utf8')) as { pid: number }).pid;
  const logged = (message: string | RegExp) => log.filter((line) => new RegExp(message).test(line.msg));

  beforeAll(async () => {
    neo4jPort = await freePort();
    service = spawn(process.execPath, [join(projectRoot, 'dist/src/cli/start.js')], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
        // Not "test": Apollo Server installs its own signal handlers everywhere else.
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        NEO4J_LOCAL_PORT: String(neo4jPort),
        NEO4J_LOCAL_DATA: dataDir,
        NEO4J_LOCAL_HEAP: '512m',
        NEO4J_LOCAL_PAGECACHE: '64m',
        LOAD_SAMPLE_CORPUS: 'false',
        API_KEYS: `editor:${testKeys.editor}:editor`,
        SHUTDOWN_TIMEOUT_MS: '10000',
        // This machine may be busy: give Neo4j (and its restart) time to start.
        NEO4J_STARTUP_TIMEOUT_MS: '200000',
      },
    });
    exited = new Promise((resolve) => service.once('exit', (code, signal) => resolve({ code, signal })));
    createInterface({ input: service.stdout! }).on('line', (line) => {
      try {
        log.push(JSON.parse(line) as LogLine);
      } catch {
        log.push({ level: 30, msg: line });
      }
    });
    url = await waitFor('Ready', 240_000, async () => {
      if (service.exitCode !== null || service.signalCode !== null) {
        const tail = log.slice(-5).map((line) => line.msg);
        throw new Error(
          `silkgraph exited (${service.exitCode ?? service.signalCode}) before Ready: ${tail.join(' | ')}`,
        );
      }
      return logged(/^Ready: /)[0]?.msg.replace(/^Ready: (.*)\/graphql$/, '$1');
    });
  }, 250_000);

  afterAll(async () => {
    if (service.exitCode === null && service.signalCode === null) {
      service.kill('SIGKILL');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts the local Neo4j after kill -9: /readyz 503 meanwhile, then the data written before reads again', async () => {
    const created = await graphql<{ upsertEntity: { id: string } }>(
      url,
      'mutation { upsertEntity(input: { name: "Dilnoza Karimova", kind: Person }) { id } }',
      {},
      asEditor,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.upsertEntity.id;

    const killed = javaPid();
    process.kill(killed, 'SIGKILL');
    await waitFor('the killed Neo4j to be gone', 10_000, async () => (isAlive(killed) ? undefined : true));
    expect((await fetch(`${url}/readyz`)).status).toBe(503);

    const entity = await waitFor('a read to succeed again', 180_000, async () => {
      const read = await graphql<{ entity: { name: string } }>(url, 'query ($id: ID!) { entity(id: $id) { name } }', {
        id,
      }).catch(() => undefined);
      return read?.errors ? undefined : read?.data?.entity;
    });
    expect(entity).toEqual({ name: 'Dilnoza Karimova' });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(javaPid()).not.toBe(killed);
    expect(logged(/^restarting local Neo4j in 1 s$/)).toHaveLength(1);
    expect(logged(/^local Neo4j restarted$/)).toHaveLength(1);
  }, 200_000);

  it('stops HTTP, the driver and the local Neo4j on SIGTERM, logs stopped and exits 0 within seconds', async () => {
    const java = javaPid();
    // Earlier fetches left keep-alive connections open in this process; shutdown must not wait for them.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    service.kill('SIGTERM');
    // Exit code 0 means every part closed before SHUTDOWN_TIMEOUT_MS (past it the exit code is 1).
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(logged(/^shutting down$/)).toHaveLength(1);
    expect(logged(/^stopped$/)).toHaveLength(1);
    expect(isAlive(java)).toBe(false);
    expect(await portAnswers(neo4jPort)).toBe(false);
    // Stopping Neo4j on purpose is not a death to recover from.
    expect(logged(/^restarting local Neo4j/)).toHaveLength(1);
  }, 30_000);
});
