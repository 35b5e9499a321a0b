/**
 * The schema migration lock: replicas that start at once (or whose readiness
 * checks find an empty database at once) apply the migrations one after the
 * other, so that a migration's data step never runs twice side by side and the
 * second process finds everything recorded.
 *
 * The lock is a lease on one node, (:SchemaMigrationLock {id: 'schema'}),
 * claimed in short write transactions (the watch outbox's claim pattern),
 * renewed while the work runs and deleted when it ends, so the graph holds no
 * lock node outside a migration. A process that dies holding it blocks the
 * others only until its lease ends. Times are Neo4j's clock.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { cypher } from './cypher';
import type { Graph } from './driver';
import { int } from './integer';

export interface MigrationLockOptions {
  /** How long a lease lasts unless renewed; renewed every third of it. */
  leaseMs?: number;
  /** How long to wait for another holder before giving up. */
  waitMs?: number;
  /** How often to try again while another process holds the lease. */
  pollMs?: number;
}

export class MigrationLockTimeout extends Error {
  override name = 'MigrationLockTimeout';
}

const defaults = { leaseMs: 30_000, waitMs: 600_000, pollMs: 500 };

/** Runs work while holding the schema migration lease, waiting for another holder first. */
export async function withMigrationLock<T>(
  graph: Graph,
  work: () => Promise<T>,
  options: MigrationLockOptions = {},
): Promise<T> {
  const { leaseMs, waitMs, pollMs } = { ...defaults, ...options };
  await ensureLockConstraint(graph);
  const holder = `${hostname()} pid ${process.pid} ${randomUUID()}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const claim = await claimLease(graph, holder, leaseMs);
    if (claim.taken) break;
    if (Date.now() >= deadline) {
      throw new MigrationLockTimeout(
        `Another process (${claim.holder}) is applying schema migrations: it holds their lock until ` +
          `${claim.heldUntil} (renewed while it works), and ${waitMs} ms of waiting for it have passed.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  // A renewal still in flight at the end is awaited before the release: committed after it, it would
  // merge the lease node back and hold the others up for a whole lease.
  let renewing: Promise<unknown> = Promise.resolve();
  const renewal = setInterval(() => {
    renewing = claimLease(graph, holder, leaseMs).catch(() => undefined);
  }, leaseMs / 3);
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await renewing;
    await graph.write('migration-lock/release', { holder });
  }
}

/** Takes (or renews) the lease for holder when it is free, holder's own, or expired. */
export async function claimLease(
  graph: Graph,
  holder: string,
  leaseMs: number,
): Promise<{ taken: boolean; holder: string; heldUntil: string }> {
  const attempt = () =>
    graph.writeTransaction(async (tx) => {
      await tx.run('migration-lock/take-write-lock');
      const [claim] = await tx.run('migration-lock/claim', { holder, leaseMs: int(leaseMs) });
      return claim;
    });
  // The holder's release deletes the lease node: a claim that waited for the node's lock while the release
  // committed finds no node to claim, and claims afresh in a new transaction (which merges the node again).
  for (let tries = 1; ; tries += 1) {
    const claim = await attempt();
    if (claim) return claim;
    if (tries === 5) throw new Error('the schema migration lease node was deleted under 5 claims in a row');
  }
}

/** The lock's unique constraint, created outside the migrations (which run under the lock). */
async function ensureLockConstraint(graph: Graph): Promise<void> {
  try {
    await graph.runAutoCommit(cypher('migration-lock/constraint'));
  } catch {
    // Two processes creating it at the same moment: one of them may be refused; the second try finds it.
    await graph.runAutoCommit(cypher('migration-lock/constraint'));
  }
}
