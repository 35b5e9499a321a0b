/**
 * `npm run db -- <command>`: the database chores.
 *   build     build the local Neo4j launcher (neo4j-local/) unless its cached build is current
 *   start     run only Neo4j (NEO4J_URI, or the local launcher) until Ctrl-C
 *   migrate   apply the schema migrations in cypher/schema/ and list them (and what the model no longer creates)
 */
import { ConfigError, loadConfig } from '../config';
import { provideNeo4j } from '../database/provide';
import { ensureLauncherBuilt, launcherBuildInfo } from '../database/launcher';
import { openGraph } from '../graph/driver';
import { applyMigrations } from '../graph/migrations';
import { describeAbandoned } from '../graph/repeatable-schema';
import { waitForDatabase } from '../graph/readiness';
import { createLogger } from '../log';

const usage = 'usage: npm run db -- build | start | migrate';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, 'silkgraph-db');
  switch (command) {
    case 'build': {
      const built = ensureLauncherBuilt((message) => process.stdout.write(`${message}\n`));
      const info = launcherBuildInfo();
      process.stdout.write(built ? 'neo4j-local built\n' : `neo4j-local is current (built ${info?.builtAt})\n`);
      return 0;
    }
    case 'start':
    case 'migrate': {
      const neo4j = await provideNeo4j(config, { onProgress: (message) => log.info(message), log });
      const graph = openGraph(
        { ...neo4j, queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS, retryTimeMs: config.NEO4J_RETRY_TIME_MS },
        log,
      );
      await waitForDatabase(graph, config.NEO4J_STARTUP_TIMEOUT_MS);
      const result = await applyMigrations(graph);
      process.stdout.write(
        `migrations applied now: ${result.applied.join(', ') || 'none'}; already applied: ${result.alreadyApplied.length}\n`,
      );
      for (const note of result.notes) process.stdout.write(`${note}\n`);
      for (const object of result.abandoned) process.stdout.write(`warning: ${describeAbandoned(object)}\n`);
      if (command === 'migrate') {
        await graph.close();
        await neo4j.stop();
        return 0;
      }
      process.stdout.write(`Neo4j at ${neo4j.uri}; Ctrl-C stops it\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await graph.close();
      await neo4j.stop();
      return 0;
    }
    default:
      process.stderr.write(`${usage}\n`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`silkgraph db: ${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
    process.exit(1);
  },
);
