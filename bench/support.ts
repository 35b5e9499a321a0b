/**
 * Shared by the benchmarks: a Neo4j to measure against (NEO4J_URI, or a fresh
 * local launcher in a temporary folder), command-line options, and result files.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../src/config';
import { provideNeo4j, type Neo4jConnection } from '../src/database/provide';
import { openGraph, type Graph } from '../src/graph/driver';
import { createLogger } from '../src/log';
import { projectRoot } from '../src/paths';

export interface BenchDatabase {
  graph: Graph;
  neo4j: Neo4jConnection;
  close(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'silkgraph-bench-'));
  const neo4j = await provideNeo4j(
    configSchema.parse({
      NEO4J_URI: process.env.NEO4J_URI,
      NEO4J_USER: process.env.NEO4J_USER,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
      NEO4J_LOCAL_PORT: process.env.NEO4J_LOCAL_PORT ?? 17_999,
      NEO4J_LOCAL_DATA: dataDir,
      NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? '2g',
      NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? '1g',
    }),
    { onProgress: (message) => process.stderr.write(`${message}\n`) },
  );
  const graph = openGraph({ ...neo4j, queryTimeoutMs: 600_000, retryTimeMs: 30_000 }, createLogger('warn', 'bench'));
  return {
    graph,
    neo4j,
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

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function machine() {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
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
