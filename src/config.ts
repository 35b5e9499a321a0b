import { z } from 'zod';
import { parseApiKeys } from './api/auth';
import { parseWebhookHosts } from './graph/watch/webhook-hosts';

/**
 * Every setting silkgraph reads, validated once at start. The type is inferred
 * from the schema, and each setting is described here once (`.describe`):
 * `npm run generate` writes .env.example from it, and
 * test/unit/config-example.test.ts keeps README.md's table equal to it.
 */
const port = z.coerce
  .number({ error: 'must be a port number from 0 to 65535' })
  .int('must be a whole port number from 0 to 65535')
  .min(0, 'must be a port number from 0 to 65535')
  .max(65535, 'must be a port number from 0 to 65535');
const positiveMs = z.coerce
  .number({ error: 'must be a number of milliseconds' })
  .int()
  .positive('must be a positive number of milliseconds');
const byteSize = z.string().regex(/^\d+(b|kb|mb|gb)?$/i, 'must be a size such as 1mb, 512kb or 1048576');
const jvmSize = z.string().regex(/^\d+[kmg]$/i, 'must be a JVM size such as 512m or 2g');
const queryLimit = (what: string) =>
  z.coerce
    .number({ error: `must be a whole number of ${what}` })
    .int(`must be a whole number of ${what}`)
    .positive(`must be a positive number of ${what}`);

export const configSchema = z.object({
  PORT: port.default(4000).describe('HTTP port'),
  HOST: z.string().min(1).default('127.0.0.1').describe('interface to listen on (`0.0.0.0` in the container)'),
  // Production unless told otherwise: only an explicit NODE_ENV=development shows internal error messages and stacks.
  NODE_ENV: z
    .enum(['development', 'production', 'test'])
    .default('production')
    .describe('`development` (only when set explicitly) sends internal error messages and stack traces to clients'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('`fatal` … `trace`, or `silent`; logs are JSON lines on stdout'),
  BODY_LIMIT: byteSize.default('2mb').describe('largest request body'),
  MAX_QUERY_DEPTH: queryLimit('nested field levels').default(12).describe('deepest field nesting of one operation'),
  MAX_QUERY_ALIASES: queryLimit('aliases').default(30).describe('aliases in one operation'),
  MAX_QUERY_COST: queryLimit('cost points').default(20000).describe('graphql-armor cost estimate of one operation'),
  SHUTDOWN_TIMEOUT_MS: positiveMs
    .default(10_000)
    .describe('longest shutdown on SIGTERM/SIGINT; in-flight requests get half of it (see [Stopping](#stopping))'),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must be a neo4j:// or bolt:// URI (optionally +s or +ssc)')
    .optional()
    .describe('an existing Neo4j: `bolt://`, `neo4j://` (routing: clusters, Aura), `+s`/`+ssc` for TLS'),
  NEO4J_USER: z.string().min(1).default('neo4j').describe('user name on the existing Neo4j (`NEO4J_URI`)'),
  NEO4J_PASSWORD: z.string().default('').describe('password on the existing Neo4j (`NEO4J_URI`)'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j').describe('database to use'),
  NEO4J_QUERY_TIMEOUT_MS: positiveMs
    .default(15_000)
    .describe('server-side timeout of one transaction; past it Neo4j ends it and the request gets `QUERY_TIMEOUT`'),
  NEO4J_RETRY_TIME_MS: positiveMs
    .default(3_000)
    .describe('how long a transaction is retried on transient errors before the request fails'),
  NEO4J_STARTUP_TIMEOUT_MS: positiveMs.default(120_000).describe('how long start-up waits for the database'),

  NEO4J_LOCAL_PORT: port.default(7687).describe('Bolt port of the local launcher (only without `NEO4J_URI`)'),
  NEO4J_LOCAL_DATA: z.string().min(1).default('.neo4j').describe('data folder of the local launcher'),
  NEO4J_LOCAL_HEAP: jvmSize.default('1g').describe('JVM heap of the local launcher'),
  NEO4J_LOCAL_PAGECACHE: jvmSize.default('512m').describe('Neo4j page cache of the local launcher'),
  NEO4J_LOCAL_MAX_RESTARTS: z.coerce
    .number({ error: 'must be a whole number of restarts from 0 to 100' })
    .int('must be a whole number of restarts from 0 to 100')
    .min(0, 'must be a whole number of restarts from 0 to 100')
    .max(100, 'must be a whole number of restarts from 0 to 100')
    .default(5)
    .describe('restarts of a local Neo4j that died, within 10 minutes; `0` leaves it down'),

  INGEST_MAX_BYTES: z.coerce
    .number({ error: 'must be a number of bytes' })
    .int('must be a whole number of bytes')
    .positive('must be a positive number of bytes')
    .default(1_048_576)
    .describe('largest article accepted by ingest (bytes of UTF-8)'),
  EXTRACT_TIMEOUT_MS: positiveMs
    .default(60_000)
    .describe("time budget of one article's extraction; over it, ingest fails with `BAD_USER_INPUT`"),
  EXTRACT_WORKERS: z.coerce
    .number({ error: 'must be a whole number of worker threads from 1 to 32' })
    .int('must be a whole number of worker threads from 1 to 32')
    .min(1, 'must be a whole number of worker threads from 1 to 32')
    .max(32, 'must be a whole number of worker threads from 1 to 32')
    .default(2)
    .describe('worker threads that run extraction (1 to 32)'),
  SAMPLE_CORPUS: z.string().min(1).default('corpus').describe('folder loaded by `npm start` into an empty graph'),
  MAX_VIEW_NODES: z.coerce
    .number({ error: 'must be a number of nodes' })
    .int('must be a whole number of nodes')
    .min(1, 'must be at least 1')
    .max(100_000, 'must be at most 100000')
    .default(2000)
    .describe('largest graph view'),
  LOAD_SAMPLE_CORPUS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true')
    .describe('`false` starts with an empty graph'),

  API_KEYS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseApiKeys(value);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `must be name:key:role entries separated by commas: ${(error as Error).message}`,
        });
      }
    })
    .transform((value) => parseApiKeys(value))
    .describe('`name:key:role,...` (role `editor` or `reader`; keys of 12+ characters); writes need an editor key'),
  READS_REQUIRE_KEY: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true')
    .describe('`true`: queries and exports need a key too'),
  WRITE_RATE_LIMIT: z.coerce
    .number({ error: 'must be a whole number of writes per minute (0: no limit)' })
    .int('must be a whole number of writes per minute (0: no limit)')
    .min(0, 'must be a whole number of writes per minute (0: no limit)')
    .default(0)
    .describe('writes a minute per API key (`RATE_LIMITED`, 429, past it); `0`: no limit'),

  WEBHOOK_HOSTS: z
    .string()
    .default('')
    .transform((value) => parseWebhookHosts(value))
    .describe("hosts (or `host:port`) a watch's webhook may reach, comma-separated; empty: no webhooks"),
  WEBHOOK_MAX_ATTEMPTS: z.coerce
    .number({ error: 'must be a whole number of attempts from 1 to 20' })
    .int('must be a whole number of attempts from 1 to 20')
    .min(1, 'must be a whole number of attempts from 1 to 20')
    .max(20, 'must be a whole number of attempts from 1 to 20')
    .default(6)
    .describe('attempts of one webhook delivery before it is `FAILED`'),
  WEBHOOK_RETRY_BASE_MS: positiveMs
    .default(1000)
    .describe('wait before the first webhook retry, doubled at each next one (at most an hour)'),
  WEBHOOK_TIMEOUT_MS: positiveMs.default(10_000).describe('time one webhook attempt may take'),
  WATCH_POLL_MS: positiveMs
    .default(5000)
    .describe(
      "how often watches look for writes made by another process (the CLI); this server's own wake them at once",
    ),

  LLM_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL of an OpenAI-compatible API, such as http://127.0.0.1:8080/v1',
    })
    .optional()
    .describe('optional LLM extractor: an OpenAI-compatible API, e.g. `http://127.0.0.1:8080/v1`'),
  LLM_MODEL: z
    .string()
    .min(1, 'must name the model to ask')
    .optional()
    .describe('model name; the LLM extractor runs only when this and `LLM_BASE_URL` are set'),
  LLM_API_KEY: z.string().optional().describe('sent as a Bearer token'),
  LLM_TIMEOUT_MS: positiveMs.default(60_000).describe('per request'),
  LLM_MAX_RETRIES: z.coerce
    .number({ error: 'must be a whole number of retries from 0 to 10' })
    .int('must be a whole number of retries from 0 to 10')
    .min(0, 'must be a whole number of retries from 0 to 10')
    .max(10, 'must be a whole number of retries from 0 to 10')
    .default(3)
    .describe('retries on 429 (honouring Retry-After), 5xx, timeouts'),
  LLM_CONCURRENCY: z.coerce
    .number({ error: 'must be a whole number of parallel requests from 1 to 64' })
    .int('must be a whole number of parallel requests from 1 to 64')
    .min(1, 'must be a whole number of parallel requests from 1 to 64')
    .max(64, 'must be a whole number of parallel requests from 1 to 64')
    .default(2)
    .describe('LLM requests in flight'),
  LLM_CACHE_DIR: z
    .string()
    .min(1)
    .default('.cache/llm')
    .describe('answers cached by article hash, model and prompt version'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the settings from an environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = configSchema.safeParse(known);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}=${JSON.stringify(known[name])}: ${issue.message}`;
    }),
  );
}
