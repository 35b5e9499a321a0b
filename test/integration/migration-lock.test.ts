/**
 * Replicas starting at once: the schema migrations run under a lease
 * (src/graph/migration-lock.ts), so a data step runs once and the second
 * process finds everything recorded.
 */
import type { Graph } from '../../src/graph/driver';
import { claimLease, MigrationLockTimeout, withMigrationLock } from '../../src/graph/migration-lock';
import { applyMigrations, readMigrations, type Migration } from '../../src/graph/migrations';
import { checkReadiness } from '../../src/graph/readiness';
import { openTestGraph, resetGraph } from '../support/graph';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Work that holds the lock until release() is called; entered resolves once it holds it. */
function heldWork() {
  let release!: () => void;
  let entered!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const work = () => {
    entered();
    return held;
  };
  return { work, inside, release };
}

describe('schema migration lock', () => {
  let graph: Graph;
  let other: Graph;
  beforeAll(() => {
    graph = openTestGraph();
    other = openTestGraph();
  });
  beforeEach(() => resetGraph(graph));
  afterAll(async () => {
    await graph.runAutoCommit("MATCH (m:SchemaMigration) WHERE m.name STARTS WITH '901-' DELETE m");
    await graph.runAutoCommit('DROP INDEX lock_test_key IF EXISTS');
    await other.close();
    await graph.close();
  });

  it('two processes applying at once run a data step once; the second finds it recorded', async () => {
    let runs = 0;
    let inside = 0;
    let overlapped = false;
    const migration: Migration = {
      name: '901-lock-test.cypher',
      checksum: 'lock-test',
      statements: ['CREATE INDEX lock_test_key IF NOT EXISTS FOR (n:LockTest) ON (n.key)'],
      repeatable: false,
      creates: [],
      data: async () => {
        runs += 1;
        inside += 1;
        if (inside > 1) overlapped = true;
        await sleep(300);
        inside -= 1;
        return [];
      },
    };
    const migrations = [...readMigrations(), migration];
    const [first, second] = await Promise.all([
      applyMigrations(graph, migrations, { pollMs: 50 }),
      applyMigrations(other, migrations, { pollMs: 50 }),
    ]);
    expect(runs).toBe(1);
    expect(overlapped).toBe(false);
    expect([first.applied, second.applied].flat()).toEqual(['901-lock-test.cypher']);
    expect([first.alreadyApplied, second.alreadyApplied].flat()).toContain('901-lock-test.cypher');
    // Released: no lock node is left in the graph (it would count as data, e.g. after an exact delete).
    expect(await graph.runAutoCommit('MATCH (l:SchemaMigrationLock) RETURN l')).toEqual([]);
  });

  it('a claim that waited for the lease node while its holder released it claims the lease afresh', async () => {
    await claimLease(graph, 'first', 30_000);
    let claiming: ReturnType<typeof claimLease> | undefined;
    await graph.writeTransaction(async (tx) => {
      // The holder's release, held open: the node's write lock is taken and the node deleted, not yet committed.
      await tx.run('migration-lock/release', { holder: 'first' });
      claiming = claimLease(other, 'second', 30_000);
      // The other process's claim waits for that lock; the release commits only then.
      for (;;) {
        const blocked = await graph.runAutoCommit(
          "SHOW TRANSACTIONS YIELD currentQuery, status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n",
        );
        if ((blocked[0] as { n: number }).n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await expect(claiming).resolves.toMatchObject({ taken: true, holder: 'second' });
  });

  it('a process waits while another holds the lease, and gives up after waitMs naming the holder', async () => {
    const { work, inside, release } = heldWork();
    const holding = withMigrationLock(graph, work);
    await inside;
    await expect(withMigrationLock(other, async () => 'ran', { waitMs: 300, pollMs: 50 })).rejects.toThrow(
      MigrationLockTimeout,
    );
    await expect(withMigrationLock(other, async () => 'ran', { waitMs: 300, pollMs: 50 })).rejects.toThrow(
      /Another process \(.+ pid \d+ .+\) is applying schema migrations/,
    );
    release();
    await holding;
    await expect(withMigrationLock(other, async () => 'ran', { waitMs: 300, pollMs: 50 })).resolves.toBe('ran');
  });

  it('a readiness check does not wait for the lock: not ready, naming the holder, while another process migrates', async () => {
    const { work, inside, release } = heldWork();
    const holding = withMigrationLock(graph, work);
    await inside;
    const missing: Migration = {
      name: '901-lock-test-ready.cypher',
      checksum: 'lock-test-ready',
      statements: ['CREATE INDEX lock_test_key IF NOT EXISTS FOR (n:LockTest) ON (n.key)'],
      repeatable: false,
      creates: [],
    };
    const readiness = await checkReadiness(other, [...readMigrations(), missing]);
    expect(readiness).toMatchObject({ ready: false, database: 'up' });
    expect(readiness.reason).toMatch(/Another process \(.+ pid \d+ .+\) is applying schema migrations/);
    release();
    await holding;
    expect(await checkReadiness(other, [...readMigrations(), missing])).toMatchObject({ ready: true });
  });

  it('the lease is renewed while the work runs, so a long migration keeps it', async () => {
    const { work, inside, release } = heldWork();
    const holding = withMigrationLock(graph, work, { leaseMs: 2000 });
    await inside;
    await sleep(5000);
    const claim = await claimLease(other, 'someone else', 2000);
    expect(claim.taken).toBe(false);
    release();
    await holding;
  });

  it('a holder that died without releasing blocks others only until its lease ends', async () => {
    const claim = await claimLease(graph, 'a process that died', 3000);
    expect(claim.taken).toBe(true);
    await expect(withMigrationLock(other, async () => 'ran', { waitMs: 100, pollMs: 50 })).rejects.toThrow(
      /a process that died/,
    );
    await expect(withMigrationLock(other, async () => 'ran', { waitMs: 10_000, pollMs: 100 })).resolves.toBe('ran');
  });
});
