/**
 * Starts the HTTP server of silkgraph on a free port against a given graph,
 * and speaks GraphQL to it over real HTTP.
 */
import type { Graph } from '../../src/graph/driver';
import type { IngestSettings } from '../../src/ingest/ingest';
import { readMigrations } from '../../src/graph/migrations';
import { parseApiKeys } from '../../src/api/auth';
import type { Logger } from '../../src/log';
import { startServer, type RunningServer } from '../../src/server';
import { testLog } from './graph';

/** API keys every test server accepts. */
export const testKeys = {
  editor: 'test-editor-key-0001',
  reader: 'test-reader-key-0001',
  /** A second editor (named "other"): what one key owns (a watch) the other must not see. */
  other: 'test-other-key-00001',
};
export const asEditor = { authorization: `Bearer ${testKeys.editor}` };
export const asReader = { authorization: `Bearer ${testKeys.reader}` };
export const asOther = { authorization: `Bearer ${testKeys.other}` };

export async function startTestServer(
  graph: Graph,
  overrides: {
    BODY_LIMIT?: string;
    INGEST_MAX_BYTES?: number;
    READS_REQUIRE_KEY?: boolean;
    MAX_VIEW_NODES?: number;
    /** Default: the silent test log. */
    log?: Logger;
    WRITE_RATE_LIMIT?: number;
    /** Extraction in worker threads (an ExtractPool's extract); without it, in the test's own thread. */
    extract?: IngestSettings['extract'];
    /** Watches: hosts webhooks may reach (default none), retry timing, polling. */
    WEBHOOK_HOSTS?: string[];
    WEBHOOK_RETRY_BASE_MS?: number;
    WEBHOOK_MAX_ATTEMPTS?: number;
    WATCH_POLL_MS?: number;
    /** The graph the watch drainer uses (default: graph): the one beneath a statement counter. */
    outbox?: Graph;
  } = {},
): Promise<RunningServer> {
  return startServer({
    config: {
      PORT: 0,
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      BODY_LIMIT: overrides.BODY_LIMIT ?? '2mb',
      API_KEYS: parseApiKeys(
        `editor:${testKeys.editor}:editor,reader:${testKeys.reader}:reader,other:${testKeys.other}:editor`,
      ),
      READS_REQUIRE_KEY: overrides.READS_REQUIRE_KEY ?? false,
      MAX_VIEW_NODES: overrides.MAX_VIEW_NODES,
      WRITE_RATE_LIMIT: overrides.WRITE_RATE_LIMIT,
      WEBHOOK_HOSTS: overrides.WEBHOOK_HOSTS,
      WEBHOOK_RETRY_BASE_MS: overrides.WEBHOOK_RETRY_BASE_MS,
      WEBHOOK_MAX_ATTEMPTS: overrides.WEBHOOK_MAX_ATTEMPTS,
      WATCH_POLL_MS: overrides.WATCH_POLL_MS,
    },
    graph,
    outbox: overrides.outbox,
    ingest: { graph, maxBytes: overrides.INGEST_MAX_BYTES ?? 1_048_576, extract: overrides.extract },
    migrations: readMigrations(),
    log: overrides.log ?? testLog,
  });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
