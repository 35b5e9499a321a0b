/**
 * Keeps the local Neo4j running: when the Java process dies without being
 * asked to (a crash, the OOM killer, kill -9), it is started again on the same
 * port and data folder, after 1 s, 2 s, 4 s … (at most 30 s), and at most
 * maxRestarts times in ten minutes; past that it stays down and says so, since
 * a database that keeps dying needs a person. The driver reconnects by itself
 * and /readyz reports not ready in between. stop() ends supervision first, so
 * shutting down never triggers a restart.
 */
import type { Logger } from '../log';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './launcher';

export interface SupervisionOptions {
  /** Restarts allowed within windowMs; 0 turns supervision off. */
  maxRestarts: number;
  windowMs?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export interface SupervisedNeo4j {
  uri: string;
  dataDir: string;
  /** The pid of the Java process running now. */
  pid(): number;
  stop(): Promise<void>;
}

/** Delay before restart number `attempt` (0-based): doubling from firstDelayMs, capped at maxDelayMs. */
export function restartDelayMs(attempt: number, firstDelayMs = 1_000, maxDelayMs = 30_000): number {
  return Math.min(firstDelayMs * 2 ** attempt, maxDelayMs);
}

export async function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  { maxRestarts, windowMs = 600_000, firstDelayMs = 1_000, maxDelayMs = 30_000, log }: SupervisionOptions,
): Promise<SupervisedNeo4j> {
  let current: LocalNeo4j = await startLocalNeo4j(options);
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<LocalNeo4j> | undefined;
  const recentRestarts: number[] = [];

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then(({ code, signal }) => {
      if (stopping || neo4j !== current) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (maxRestarts === 0) {
        log.error(
          { pid: neo4j.pid, code, signal },
          `local Neo4j exited (${how}); NEO4J_LOCAL_MAX_RESTARTS=0, not restarting`,
        );
        return;
      }
      log.warn({ pid: neo4j.pid, code, signal }, `local Neo4j exited (${how}) without being stopped`);
      scheduleRestart();
    });
  };

  const scheduleRestart = () => {
    const now = Date.now();
    while (recentRestarts.length > 0 && recentRestarts[0]! <= now - windowMs) recentRestarts.shift();
    if (recentRestarts.length >= maxRestarts) {
      log.error(
        { restarts: recentRestarts.length, windowMs },
        `local Neo4j died ${recentRestarts.length + 1} times within ${windowMs / 60_000} min; giving up (restart silkgraph once the cause is fixed)`,
      );
      return;
    }
    const attempt = recentRestarts.length;
    const delayMs = restartDelayMs(attempt, firstDelayMs, maxDelayMs);
    log.warn({ attempt: attempt + 1, maxRestarts, delayMs }, `restarting local Neo4j in ${delayMs / 1000} s`);
    timer = setTimeout(() => void restart(), delayMs);
  };

  const restart = async () => {
    timer = undefined;
    if (stopping) return;
    recentRestarts.push(Date.now());
    restarting = startLocalNeo4j(options);
    try {
      const next = await restarting;
      if (stopping) return; // stop() waits for `restarting` and stops what it started
      current = next;
      log.info({ pid: next.pid, uri: next.uri, startMs: next.startMs }, 'local Neo4j restarted');
      watch(next);
    } catch (error) {
      if (stopping) return;
      log.error({ err: error }, `restarting local Neo4j failed: ${(error as Error).message}`);
      scheduleRestart();
    } finally {
      restarting = undefined;
    }
  };

  watch(current);
  let stopped: Promise<void> | undefined;
  return {
    uri: current.uri,
    dataDir: current.dataDir,
    pid: () => current.pid,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        clearTimeout(timer);
        // A start under way finishes (or fails) first, so that no Java process outlives stop().
        const late = await restarting?.catch(() => undefined);
        await Promise.all([current.stop(), late?.stop()]);
      })();
      return stopped;
    },
  };
}
