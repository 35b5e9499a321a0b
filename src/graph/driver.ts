/**
 * The one way the service reaches Neo4j. Reads run in read transactions (routed
 * to followers on a cluster), writes in write transactions; both take a named
 * statement from cypher/ and its parameters, and return its rows, all typed by
 * the registry (statements.ts). Driver errors that mean "the database is not
 * there" become DATABASE_UNAVAILABLE, a transaction that Neo4j ended at
 * its timeout (set per transaction, so the server enforces it) QUERY_TIMEOUT;
 * nothing of the driver leaks further.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { SilkgraphError } from '../errors';
import type { Logger } from '../log';
import { cypher } from './cypher';
import type { ParamsArg, RowOf, StatementName } from './statements';

export interface GraphSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  retryTimeMs: number;
}

/** Parameters of a statement text (runAutoCommit); named statements take theirs from the registry. */
export type Params = object;
export type Row = Record<string, unknown>;

export interface Transaction {
  run<N extends StatementName>(statement: N, ...params: ParamsArg<N>): Promise<RowOf<N>[]>;
}

export interface Graph {
  read<N extends StatementName>(statement: N, ...params: ParamsArg<N>): Promise<RowOf<N>[]>;
  write<N extends StatementName>(statement: N, ...params: ParamsArg<N>): Promise<RowOf<N>[]>;
  /** Runs several named statements in one write transaction (all or nothing). */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs one statement text outside an explicit transaction (schema changes, CALL IN TRANSACTIONS). */
  runAutoCommit(text: string, params?: Params): Promise<Row[]>;
  close(): Promise<void>;
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && unavailableCodes.has(code);
}

/** Neo4j ended the transaction because it ran past the timeout given at its start. */
const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Neo4j ended the transaction while it waited for a lock. The server gives this code whatever ended it (its
 * timeout, an operator, a shutdown), so it counts as the timeout only once the timeout has passed.
 */
const lockStoppedCode = 'Neo.ClientError.Transaction.LockClientStopped';

function translate(error: unknown, statement: string, timeoutMs: number, elapsedMs: number): unknown {
  if (error instanceof SilkgraphError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  if (timeoutCodes.has(code) || (code === lockStoppedCode && elapsedMs >= timeoutMs)) {
    return new SilkgraphError(
      'QUERY_TIMEOUT',
      `The request took longer than the query timeout of ${timeoutMs} ms (NEO4J_QUERY_TIMEOUT_MS); the database stopped it and nothing was written.`,
      { timeoutMs },
      { cause: error },
    );
  }
  if (isDatabaseUnavailable(error)) {
    return new SilkgraphError(
      'DATABASE_UNAVAILABLE',
      'The graph database is unavailable; try again shortly.',
      {},
      { cause: error },
    );
  }
  if (error instanceof Error) error.message = `[${statement}] ${error.message}`;
  return error;
}

/** The records as rows of type R: for a named statement, its row type in the registry, trusted here. */
function rows<R = Row>(records: { toObject(): RecordShape }[]): R[] {
  return records.map((record) => record.toObject() as R);
}

export function openGraph(settings: GraphSettings, log: Logger): Graph {
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  const driver: Driver = neo4j.driver(settings.uri, auth, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: settings.retryTimeMs,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    logging: { level: 'warn', logger: (level, message) => log.warn({ neo4j: level }, message) },
    // Nothing reads a result's notifications, and Neo4j attaches them to every result: read/entities alone
    // carried 34 (UnknownPropertyKeyWarning for properties no entity has yet, 18 KB) that Neo4j encoded and
    // the driver decoded on every request (measured: a tenth of the server's CPU for entity(id)).
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
  const txConfig = { timeout: settings.queryTimeoutMs };

  async function timed<T>(statement: string, params: Params, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } catch (error) {
      throw translate(error, statement, settings.queryTimeoutMs, performance.now() - started);
    } finally {
      log.debug({ statement, params: Object.keys(params), ms: Math.round(performance.now() - started) }, 'cypher');
    }
  }

  // Reads run as auto-commit queries: RUN and PULL in one round trip, where a
  // managed transaction adds BEGIN and COMMIT (measured: about 1.5x the
  // throughput for entity(id); see bench/README.md). A read changes nothing, so
  // a retryable failure is simply run again, as the driver would, until
  // retryTimeMs. Bookmarks are shared with the writes, so a read follows them.
  async function readAutoCommit<R>(text: string, params: Params): Promise<R[]> {
    const deadline = performance.now() + settings.retryTimeMs;
    for (let attempt = 0; ; attempt++) {
      const session = driver.session({
        database: settings.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      let failure: unknown;
      try {
        return rows<R>((await session.run(text, params, txConfig)).records);
      } catch (error) {
        failure = error;
      } finally {
        await session.close();
      }
      if (!isRetryableError(failure) || performance.now() >= deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** attempt, 5000)));
    }
  }

  function runIn(tx: ManagedTransaction): Transaction {
    return {
      run: async (statement, ...[params = {}]) => {
        const started = performance.now();
        const result = rows<RowOf<typeof statement>>((await tx.run(cypher(statement), params)).records);
        log.debug({ statement, params: Object.keys(params), ms: Math.round(performance.now() - started) }, 'cypher');
        return result;
      },
    };
  }

  return {
    read: (statement, ...[params = {}]) =>
      timed(statement, params, () => readAutoCommit<RowOf<typeof statement>>(cypher(statement), params)),
    write: (statement, ...[params = {}]) =>
      timed(statement, params, async () => {
        const result = await driver.executeQuery(cypher(statement), params, {
          database: settings.database,
          routing: neo4j.routing.WRITE,
          transactionConfig: txConfig,
        });
        return rows<RowOf<typeof statement>>(result.records);
      }),
    writeTransaction: (work) =>
      timed('transaction', {}, async () => {
        const session = driver.session({
          database: settings.database,
          defaultAccessMode: neo4j.session.WRITE,
          bookmarkManager: driver.executeQueryBookmarkManager,
        });
        try {
          return await session.executeWrite((tx) => work(runIn(tx)), txConfig);
        } finally {
          await session.close();
        }
      }),
    runAutoCommit: (text, params = {}) =>
      timed('auto-commit', params, async () => {
        const session = driver.session({
          database: settings.database,
          defaultAccessMode: neo4j.session.WRITE,
          bookmarkManager: driver.executeQueryBookmarkManager,
        });
        try {
          return rows((await session.run(text, params, txConfig)).records);
        } finally {
          await session.close();
        }
      }),
    close: () => driver.close(),
  };
}
