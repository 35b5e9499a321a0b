/**
 * Composition root: config, graph, Apollo, HTTP routes. Follow one arrow from
 * here to find any behaviour:
 *   /graphql  -> src/api (schema.graphql, resolvers, plugins) -> src/graph -> cypher/
 *   GET /graphql from a browser -> src/http/graphql-ide (GraphiQL, offline)
 *   GET /     -> src/http/viewer (the browser graph viewer, built from web/)
 *   /export/:format -> src/http/exports (graphView as Cytoscape JSON, GraphML, GEXF)
 *   /graphql over WebSocket -> src/http/subscriptions (graphql-ws: factEvents of a watch)
 *   /healthz  -> process up
 *   /readyz   -> src/graph/readiness (database answers, migrations applied)
 * The watch drainer (src/api/watch/drainer) runs beside them: woken after every committed write.
 */
import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { identify } from './api/auth';
import type { Caller } from './api/auth';
import type { Context } from './api/context';
import { WatchDrainer } from './api/watch/drainer';
import { WatchEventHub } from './api/watch/hub';
import { createFormatError } from './api/errors';
import { admittedCaller, plugins, queryLimits } from './api/plugins';
import { resolvers } from './api/resolvers';
import { typeDefs } from './api/type-defs';
import type { Graph } from './graph/driver';
import { graphExports } from './http/exports';
import { graphqlIde } from './http/graphql-ide';
import { serveSubscriptions } from './http/subscriptions';
import { graphViewer } from './http/viewer';
import { afterCommit } from './graph/watch/after-commit';
import type { IngestSettings } from './ingest/ingest';
import type { Migration } from './graph/migrations';
import { checkReadiness } from './graph/readiness';
import type { Logger } from './log';

export interface ServerDependencies {
  /** Query limits left out take their defaults (src/api/plugins/limits.ts). */
  config: Pick<Config, 'PORT' | 'HOST' | 'NODE_ENV' | 'BODY_LIMIT'> &
    Partial<
      Pick<
        Config,
        | 'MAX_QUERY_DEPTH'
        | 'MAX_QUERY_ALIASES'
        | 'MAX_QUERY_COST'
        | 'MAX_VIEW_NODES'
        | 'API_KEYS'
        | 'READS_REQUIRE_KEY'
        | 'WRITE_RATE_LIMIT'
        | 'WEBHOOK_HOSTS'
        | 'WEBHOOK_MAX_ATTEMPTS'
        | 'WEBHOOK_RETRY_BASE_MS'
        | 'WEBHOOK_TIMEOUT_MS'
        | 'WATCH_POLL_MS'
      >
    > &
    Partial<Pick<Config, 'SHUTDOWN_TIMEOUT_MS'>>;
  graph: Graph;
  /**
   * The graph the watch drainer reads and writes in the background (default: graph). Tests that count
   * the statements each request sends give it the graph beneath their counter.
   */
  outbox?: Graph;
  ingest: IngestSettings;
  migrations: Migration[];
  log: Logger;
}

export interface RunningServer {
  url: string;
  httpServer: Server;
  /**
   * Stops accepting, closes idle keep-alive connections, gives in-flight requests half of
   * SHUTDOWN_TIMEOUT_MS to finish (then closes their connections), then resolves. The graph is left open.
   */
  stop(): Promise<void>;
}

export async function startServer({
  config,
  graph: database,
  outbox,
  ingest: ingestSettings,
  migrations,
  log,
}: ServerDependencies): Promise<RunningServer> {
  // Watches: the drainer reads the outbox (the audit log) with the graph as given; every write of the
  // API and of ingest goes through `graph`, which wakes the drainer once the write committed.
  const hub = new WatchEventHub();
  const webhookHosts = config.WEBHOOK_HOSTS ?? [];
  const drainer = new WatchDrainer({
    graph: outbox ?? database,
    hub,
    webhooks: {
      hosts: webhookHosts,
      maxAttempts: config.WEBHOOK_MAX_ATTEMPTS ?? 6,
      retryBaseMs: config.WEBHOOK_RETRY_BASE_MS ?? 1000,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS ?? 10_000,
    },
    pollMs: config.WATCH_POLL_MS ?? 5000,
    log,
  });
  const graph = afterCommit(database, () => drainer.wake());
  const ingest = { ...ingestSettings, graph };
  const maxViewNodes = config.MAX_VIEW_NODES ?? 2000;
  const apiKeys = config.API_KEYS ?? [];
  const readsRequireKey = config.READS_REQUIRE_KEY ?? false;
  const development = config.NODE_ENV === 'development';
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);
  // One executable schema for HTTP (Apollo) and WebSocket (graphql-ws).
  const schema = makeExecutableSchema<Context>({ typeDefs, resolvers });
  const limits = {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxCost: config.MAX_QUERY_COST,
  };
  const contextFor = (caller: Caller): Context => ({
    graph,
    ingest,
    log,
    maxViewNodes,
    caller,
    watches: { hub, webhookHosts },
  });
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: plugins(
      httpServer,
      { readsRequireKey, writesPerMinute: config.WRITE_RATE_LIMIT },
      { drainGraceMs: (config.SHUTDOWN_TIMEOUT_MS ?? 10_000) / 2 },
    ),
    ...queryLimits(limits),
    // Both from our NODE_ENV, never Apollo's own reading of process.env.NODE_ENV (which counts unset as development).
    formatError: createFormatError({ maskInternal: !development, log }),
    includeStacktraceInErrorResponses: development,
    introspection: true,
    // Shutdown belongs to src/cli/shutdown.ts, which also closes the driver and Neo4j. Apollo's own
    // handler would stop only HTTP and then re-raise the signal, killing the process half-way.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(graph, migrations);
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });
  app.use('/export', graphExports({ graph, maxViewNodes, apiKeys, readsRequireKey }));
  app.use(graphqlIde());
  app.use(graphViewer());
  app.use(
    '/graphql',
    express.json({ limit: config.BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor(admittedCaller(identify(req.headers, apiKeys), { readsRequireKey })),
    }),
  );
  app.use(httpErrors(log));
  const stopSubscriptions = serveSubscriptions({
    httpServer,
    schema,
    apiKeys,
    limits,
    maskInternal: !development,
    log,
    context: contextFor,
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  log.info({ url: `${url}/graphql` }, 'silkgraph listening');

  // What a crash left undelivered, and writes made while the service was down (the CLI).
  drainer.wake();

  return {
    url,
    httpServer,
    stop: async () => {
      await drainer.stop();
      await stopSubscriptions();
      await apollo.stop();
    },
  };
}

/** Errors raised before GraphQL runs (body too large, malformed JSON) as JSON with a status. */
function httpErrors(log: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 500) log.error({ err: error }, 'http error');
    const message =
      error?.type === 'entity.too.large'
        ? `Request body exceeds the limit of ${error.limit} bytes (BODY_LIMIT)`
        : status < 500
          ? String(error.message)
          : 'Internal server error';
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
