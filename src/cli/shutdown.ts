/**
 * Shutdown of the running service: the parts are closed in order (HTTP, then
 * the driver, then a Neo4j this process started), and one signal handler owns
 * the whole of it, with a time bound. Apollo's own signal handler is off
 * (src/server.ts): it re-raised the signal after stopping only HTTP, which
 * killed the process before the driver and Neo4j were closed.
 */
import { constants } from 'node:os';
import type { Logger } from '../log';

export interface ShutdownStep {
  /** What is closed, as the log names it while it is still open. */
  name: string;
  close(): Promise<void>;
}

export interface Shutdown {
  /** Closes every step in order, once; a failing step does not keep the later ones open. */
  run(): Promise<void>;
  /** The steps not closed yet. */
  stillOpen(): string[];
}

export function inOrder(steps: ShutdownStep[]): Shutdown {
  const open = new Set(steps.map((step) => step.name));
  let running: Promise<void> | undefined;
  return {
    run: () =>
      (running ??= (async () => {
        const failures: unknown[] = [];
        for (const step of steps) {
          try {
            await step.close();
            open.delete(step.name);
          } catch (error) {
            failures.push(error);
          }
        }
        if (failures.length === 1) throw failures[0];
        if (failures.length > 1) throw new AggregateError(failures, 'several parts failed to close');
      })()),
    stillOpen: () => [...open],
  };
}

export interface SignalHandling {
  shutdown: Shutdown;
  timeoutMs: number;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** process.exit, or a stand-in for tests. */
  exit: (code: number) => void;
  /** Where the signals arrive: process, or a stand-in for tests. */
  signals?: Pick<NodeJS.Process, 'on'>;
}

/**
 * On the first SIGINT or SIGTERM: shut down, log `stopped`, exit 0; a failure
 * exits 1. Past timeoutMs: log what is still open, exit 1. A second signal while
 * stopping exits at once (128 + the signal number, as a shell reports it).
 */
export function exitOnTerminationSignals({ shutdown, timeoutMs, log, exit, signals = process }: SignalHandling): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal, stillOpen: shutdown.stillOpen() }, 'second signal while stopping: exiting now');
      exit(128 + (constants.signals[signal] ?? 0));
      return;
    }
    stopping = true;
    log.info({ signal, timeoutMs }, 'shutting down');
    const timer = setTimeout(() => {
      log.error({ stillOpen: shutdown.stillOpen(), timeoutMs }, `shutdown did not finish within ${timeoutMs} ms`);
      exit(1);
    }, timeoutMs);
    shutdown.run().then(
      () => {
        clearTimeout(timer);
        log.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        log.error({ err: error, stillOpen: shutdown.stillOpen() }, 'shutdown failed');
        exit(1);
      },
    );
  };
  signals.on('SIGINT', onSignal);
  signals.on('SIGTERM', onSignal);
}
