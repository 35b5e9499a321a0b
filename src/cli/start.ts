/**
 * `npm start`: validates config, finds or starts Neo4j, applies migrations,
 * serves HTTP, and shuts everything down in order on SIGINT/SIGTERM, within
 * SHUTDOWN_TIMEOUT_MS (src/cli/shutdown.ts).
 */
import { ConfigError, loadConfig, type Config } from '../config';
import { provideNeo4j, type Neo4jConnection } from '../database/provide';
import { openGraph, type Graph } from '../graph/driver';
import { applyMigrations, readMigrations } from '../graph/migrations';
import { describeAbandoned } from '../graph/repeatable-schema';
import { waitForDatabase } from '../graph/readiness';
import { llmEnrichment } from '../ingest/enrich';
import { ExtractPool } from '../ingest/extract-pool';
import type { ExtractOptions } from '../ingest/types';
import { loadSampleCorpusIfEmpty } from '../ingest/sample-corpus';
import { createLogger, type Logger } from '../log';
import { startServer, type RunningServer } from '../server';
import { exitOnTerminationSignals, inOrder } from './shutdown';

export interface Silkgraph {
  url: string;
  graph: Graph;
  neo4j: Neo4jConnection;
  server: RunningServer;
  /** Graceful shutdown: HTTP first, then the driver, then a Neo4j this process started. */
  stop(): Promise<void>;
  /** The parts stop() has not closed yet. */
  stillOpen(): string[];
}

export async function start(config: Config, log: Logger): Promise<Silkgraph> {
  const neo4j = await provideNeo4j(config, { onProgress: (message) => log.info(message), log });
  let graph: Graph | undefined;
  let extractPool: ExtractPool | undefined;
  try {
    graph = openGraph(
      {
        uri: neo4j.uri,
        user: neo4j.user,
        password: neo4j.password,
        database: neo4j.database,
        queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
        retryTimeMs: config.NEO4J_RETRY_TIME_MS,
      },
      log,
    );
    await waitForDatabase(graph, config.NEO4J_STARTUP_TIMEOUT_MS);
    const migrations = readMigrations();
    const migrated = await applyMigrations(graph, migrations);
    log.info({ applied: migrated.applied, alreadyApplied: migrated.alreadyApplied.length }, 'schema migrations');
    for (const note of migrated.notes) log.warn(note);
    for (const abandoned of migrated.abandoned) log.warn({ abandoned }, describeAbandoned(abandoned));
    extractPool = new ExtractPool({ size: config.EXTRACT_WORKERS, timeoutMs: config.EXTRACT_TIMEOUT_MS });
    const pool = extractPool;
    const ingest = {
      graph,
      maxBytes: config.INGEST_MAX_BYTES,
      extract: (text: string, options: ExtractOptions) => pool.extract(text, options),
      enrich: llmEnrichment(config, log),
    };
    if (config.LOAD_SAMPLE_CORPUS) await loadSampleCorpusIfEmpty(graph, ingest, config.SAMPLE_CORPUS, log);
    const server = await startServer({ config, graph, ingest, migrations, log });
    const graphInUse = graph;
    const shutdown = inOrder([
      { name: 'HTTP server', close: () => server.stop() },
      { name: 'extraction workers', close: () => pool.close() },
      { name: 'Neo4j driver', close: () => graphInUse.close() },
      ...(neo4j.origin === 'external' ? [] : [{ name: `${neo4j.origin} Neo4j`, close: () => neo4j.stop() }]),
    ]);
    return { url: server.url, graph, neo4j, server, stop: shutdown.run, stillOpen: shutdown.stillOpen };
  } catch (error) {
    await extractPool?.close();
    await graph?.close();
    await neo4j.stop();
    throw error;
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`silkgraph: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  let app: Silkgraph;
  try {
    app = await start(config, log);
  } catch (error) {
    log.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
  log.info(`Ready: ${app.url}/graphql`);
  exitOnTerminationSignals({
    shutdown: { run: app.stop, stillOpen: app.stillOpen },
    timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    log,
    exit: (code) => process.exit(code),
  });
}

if (require.main === module) void main();
