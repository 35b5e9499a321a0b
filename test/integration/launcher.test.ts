/**
 * The local launcher as a user meets it: one store, one process; no Java left
 * behind when the Node process that started it crashes or is killed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isAlive, LauncherError, startLocalNeo4j } from '../../src/database/launcher';
import { projectRoot } from '../../src/paths';
import { freePort } from '../../src/database/free-port';

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return !isAlive(pid);
}

/** Runs the compiled launcher in a child Node process; resolves with both pids once Neo4j is ready. */
async function launchInChild(
  dataDir: string,
  then: 'crash' | 'idle',
): Promise<{ node: ReturnType<typeof spawn>; javaPid: number }> {
  const port = await freePort();
  const script = `
    const { startLocalNeo4j } = require(${JSON.stringify(join(projectRoot, 'dist/src/database/launcher.js'))});
    startLocalNeo4j({ port: ${port}, dataDir: ${JSON.stringify(dataDir)}, heap: '512m', pagecache: '64m' }).then((neo4j) => {
      console.log('JAVA ' + neo4j.pid);
      ${then === 'crash' ? "setTimeout(() => { throw new Error('simulated crash'); }, 50);" : 'setInterval(() => {}, 1000);'}
    });`;
  const node = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  const javaPid = await new Promise<number>((resolve, reject) => {
    createInterface({ input: node.stdout }).on('line', (line) => {
      if (line.startsWith('JAVA ')) resolve(Number(line.slice(5)));
    });
    node.once('exit', (code) => reject(new Error(`child exited with ${code} before Neo4j was ready`)));
  });
  return { node, javaPid };
}

describe('neo4j-local launcher', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkgraph-launcher-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('ignores a stale pid file, and refuses a second start on a store in use with a clear error', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'silkgraph-neo4j.pid'), JSON.stringify({ pid: 2 ** 22 + 12345, port: 1 }));
    const first = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '512m', pagecache: '64m' });
    try {
      const second = startLocalNeo4j({ port: await freePort(), dataDir, heap: '512m', pagecache: '64m' });
      await expect(second).rejects.toThrow(LauncherError);
      await expect(second).rejects.toThrow(
        new RegExp(`in use by another local Neo4j \\(pid ${first.pid}, ${first.uri.replace(/[.]/g, '\\.')}\\)`),
      );
    } finally {
      await first.stop();
    }
    expect(isAlive(first.pid)).toBe(false);
  });

  it('stops Neo4j when the Node process that started it crashes', async () => {
    const { node, javaPid } = await launchInChild(tempDir(), 'crash');
    const exitCode = await new Promise((resolve) => node.once('exit', resolve));
    expect(exitCode).toBe(1);
    expect(await waitUntilGone(javaPid, 30_000)).toBe(true);
  });

  it('stops Neo4j when the Node process that started it is killed outright', async () => {
    const { node, javaPid } = await launchInChild(tempDir(), 'idle');
    node.kill('SIGKILL');
    expect(await waitUntilGone(javaPid, 30_000)).toBe(true);
  });
});
