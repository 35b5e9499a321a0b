/**
 * Finds or starts the Neo4j that silkgraph talks to, in the order of DESIGN.md:
 * NEO4J_URI as given; else (tests only) a testcontainers Neo4j when Docker
 * answers; else the local launcher in neo4j-local/, supervised (restarted when
 * it dies).
 */
import type { Config } from '../config';
import { createLogger, type Logger } from '../log';
import { dockerAnswers, startNeo4jContainer } from './containers';
import { superviseLocalNeo4j } from './supervisor';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  origin: 'external' | 'container' | 'local';
  /** Stops what this call started; a no-op for an external database. */
  stop(): Promise<void>;
}

export interface ProvideOptions {
  allowContainers?: boolean;
  onProgress?: (message: string) => void;
  /** Where restarts of the local Neo4j are reported; silent when left out. */
  log?: Logger;
}

type DatabaseSettings = Pick<
  Config,
  | 'NEO4J_URI'
  | 'NEO4J_USER'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_DATABASE'
  | 'NEO4J_LOCAL_PORT'
  | 'NEO4J_LOCAL_DATA'
  | 'NEO4J_LOCAL_HEAP'
  | 'NEO4J_LOCAL_PAGECACHE'
  | 'NEO4J_LOCAL_MAX_RESTARTS'
  | 'NEO4J_STARTUP_TIMEOUT_MS'
>;

export async function provideNeo4j(config: DatabaseSettings, options: ProvideOptions = {}): Promise<Neo4jConnection> {
  if (config.NEO4J_URI) {
    return {
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      origin: 'external',
      stop: async () => {},
    };
  }
  if (options.allowContainers && (await dockerAnswers())) {
    options.onProgress?.('Docker answers: starting Neo4j with testcontainers');
    const container = await startNeo4jContainer();
    return { ...container, database: 'neo4j', origin: 'container' };
  }
  const local = await superviseLocalNeo4j(
    {
      port: config.NEO4J_LOCAL_PORT,
      dataDir: config.NEO4J_LOCAL_DATA,
      heap: config.NEO4J_LOCAL_HEAP,
      pagecache: config.NEO4J_LOCAL_PAGECACHE,
      startupTimeoutMs: config.NEO4J_STARTUP_TIMEOUT_MS,
      onProgress: options.onProgress,
    },
    { maxRestarts: config.NEO4J_LOCAL_MAX_RESTARTS, log: options.log ?? createLogger('silent') },
  );
  // Community edition has a single user database, "neo4j"; auth is off in the embedded launcher.
  return { uri: local.uri, user: 'neo4j', password: '', database: 'neo4j', origin: 'local', stop: local.stop };
}
