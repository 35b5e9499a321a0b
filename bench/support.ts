/**
 * Shared by the benchmarks: a Neo4j to measure against (NEO4J_URI, or a fresh
 * local launcher in a temporary folder), command-line options, and result files.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, getPriority, setPriority, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../src/config';
import { freePort } from '../src/database/free-port';
import { provideNeo4j, type Neo4jConnection } from '../src/database/provide';
import { openGraph, type Graph } from '../src/graph/driver';
import { createLogger } from '../src/log';
import { projectRoot } from '../src/paths';

export interface BenchDatabase {
  graph: Graph;
  neo4j: Neo4jConnection;
  /** The local Neo4j's java process (read afresh: the supervisor may have restarted it); none for NEO4J_URI. */
  pid(): number | undefined;
  close(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'silkgraph-bench-'));
  const neo4j = await provideNeo4j(
    configSchema.parse({
      NEO4J_URI: process.env.NEO4J_URI,
      NEO4J_USER: process.env.NEO4J_USER,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
      // A free port unless one is given, so that two benches can run side by side.
      NEO4J_LOCAL_PORT: process.env.NEO4J_LOCAL_PORT ?? (await freePort()),
      NEO4J_LOCAL_DATA: dataDir,
      NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? '2g',
      NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? '1g',
      // A busy shared machine can take minutes to start Neo4j (the config's own default otherwise).
      NEO4J_STARTUP_TIMEOUT_MS: process.env.NEO4J_STARTUP_TIMEOUT_MS,
    }),
    { onProgress: (message) => process.stderr.write(`${message}\n`) },
  );
  const graph = openGraph({ ...neo4j, queryTimeoutMs: 600_000, retryTimeMs: 30_000 }, createLogger('warn', 'bench'));
  return {
    graph,
    neo4j,
    pid: () => {
      if (neo4j.origin !== 'local') return undefined;
      try {
        // Written by the launcher (src/database/launcher.ts) into the data folder it was given.
        const { pid } = JSON.parse(readFileSync(join(dataDir, 'silkgraph-neo4j.pid'), 'utf8')) as { pid: number };
        return pid > 0 ? pid : undefined;
      } catch {
        return undefined;
      }
    },
    close: async () => {
      await graph.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function numberOption(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} needs a positive number, got ${args[index + 1]}`);
  return value;
}

/** One of `choices` (the first when the option is absent), e.g. `--source generated`. */
export function choiceOption<T extends string>(args: string[], name: string, choices: readonly [T, ...T[]]): T {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return choices[0];
  const value = args[index + 1];
  const chosen = choices.find((choice) => choice === value);
  if (!chosen) throw new Error(`--${name} needs one of ${choices.join(', ')}, got ${value}`);
  return chosen;
}

/** A comma-separated list of positive numbers, e.g. `--concurrency 4,1`. */
export function numberListOption(args: string[], name: string, fallback: number[]): number[] {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const values = String(args[index + 1])
    .split(',')
    .map(Number);
  if (values.some((v) => !Number.isInteger(v) || v <= 0))
    throw new Error(`--${name} needs positive whole numbers separated by commas, got ${args[index + 1]}`);
  return values;
}

/**
 * Lowers this process's priority by `by` nice steps (up to 19), once the
 * servers and Neo4j are started at the normal one: from here on the bench
 * process (the floor's loop) and every child it starts (the autocannon load)
 * yield the CPU to what is measured. Returns the nice values before and after.
 */
export function lowerPriority(by: number): { before: number; after: number } {
  const before = getPriority();
  setPriority(Math.min(19, before + by));
  return { before, after: getPriority() };
}

/** The nice value of a process, or null when it is gone. */
export function niceOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    return getPriority(pid);
  } catch {
    return null;
  }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The commit checked out when the bench started (a commit made while it runs is not what it measures). */
const commitAtStart = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown'; // not a git checkout
  }
})();

export function machine() {
  const commit = commitAtStart;
  return {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    commit,
  };
}

export function writeResults(name: string, result: object, markdown: string): void {
  const dir = join(projectRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, `${name}.md`), markdown);
}
