/**
 * Readiness: the database answers and every schema migration is applied. When
 * the database comes back empty (a new container, a wiped store) the missing
 * migrations are applied here, so the service recovers without a restart.
 */
import { isDatabaseUnavailable, type Graph } from './driver';
import { appliedMigrations, applyMigrations, type Migration, type RecordedMigration } from './migrations';
import { SilkgraphError } from '../errors';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  migrations: { expected: number; applied: number };
  reason?: string;
}

export async function checkReadiness(graph: Graph, migrations: Migration[]): Promise<Readiness> {
  const expected = migrations.length;
  let recorded: Map<string, RecordedMigration>;
  try {
    recorded = await appliedMigrations(graph);
  } catch (error) {
    return { ready: false, database: 'down', migrations: { expected, applied: 0 }, reason: describe(error) };
  }
  const missing = migrations.filter((m) => recorded.get(m.name)?.checksum !== m.checksum);
  if (missing.length === 0) return { ready: true, database: 'up', migrations: { expected, applied: expected } };
  try {
    // Not waiting for another process that is applying them: until it has, this one is not ready.
    await applyMigrations(graph, migrations, { waitMs: 0 });
    return { ready: true, database: 'up', migrations: { expected, applied: expected } };
  } catch (error) {
    return {
      ready: false,
      database: isUnavailable(error) ? 'down' : 'up',
      migrations: { expected, applied: expected - missing.length },
      reason: describe(error),
    };
  }
}

/** Waits until the database answers, for at most timeoutMs. */
export async function waitForDatabase(graph: Graph, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await appliedMigrations(graph);
      return;
    } catch (error) {
      if (!isUnavailable(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function isUnavailable(error: unknown): boolean {
  return (error instanceof SilkgraphError && error.code === 'DATABASE_UNAVAILABLE') || isDatabaseUnavailable(error);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
