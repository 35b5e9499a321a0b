import { z } from 'zod';
import { parseApiKeys } from './api/auth';

/**
 * Every setting silkgraph reads, validated once at start. The type is inferred
 * from the schema, so the table in README.md and this file are the only places
 * a setting is described.
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
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  // Production unless told otherwise: only an explicit NODE_ENV=development shows internal error messages and stacks.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: byteSize.default('2mb'),
  MAX_QUERY_DEPTH: queryLimit('nested field levels').default(12),
  MAX_QUERY_ALIASES: queryLimit('aliases').default(30),
  MAX_QUERY_COST: queryLimit('cost points').default(20000),
  SHUTDOWN_TIMEOUT_MS: positiveMs.default(10_000),

  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must be a neo4j:// or bolt:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: positiveMs.default(15_000),
  NEO4J_RETRY_TIME_MS: positiveMs.default(3_000),
  NEO4J_STARTUP_TIMEOUT_MS: positiveMs.default(120_000),

  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DATA: z.string().min(1).default('.neo4j'),
  NEO4J_LOCAL_HEAP: jvmSize.default('1g'),
  NEO4J_LOCAL_PAGECACHE: jvmSize.default('512m'),
  NEO4J_LOCAL_MAX_RESTARTS: z.coerce
    .number({ error: 'must be a whole number of restarts from 0 to 100' })
    .int('must be a whole number of restarts from 0 to 100')
    .min(0, 'must be a whole number of restarts from 0 to 100')
    .max(100, 'must be a whole number of restarts from 0 to 100')
    .default(5),

  INGEST_MAX_BYTES: z.coerce
    .number({ error: 'must be a number of bytes' })
    .int('must be a whole number of bytes')
    .positive('must be a positive number of bytes')
    .default(1_048_576),
  EXTRACT_TIMEOUT_MS: positiveMs.default(60_000),
  EXTRACT_WORKERS: z.coerce
    .number({ error: 'must be a whole number of worker threads from 1 to 32' })
    .int('must be a whole number of worker threads from 1 to 32')
    .min(1, 'must be a whole number of worker threads from 1 to 32')
    .max(32, 'must be a whole number of worker threads from 1 to 32')
    .default(2),
  SAMPLE_CORPUS: z.string().min(1).default('corpus'),
  MAX_VIEW_NODES: z.coerce
    .number({ error: 'must be a number of nodes' })
    .int('must be a whole number of nodes')
    .min(1, 'must be at least 1')
    .max(100_000, 'must be at most 100000')
    .default(2000),
  LOAD_SAMPLE_CORPUS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),

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
    .transform((value) => parseApiKeys(value)),
  READS_REQUIRE_KEY: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  WRITE_RATE_LIMIT: z.coerce
    .number({ error: 'must be a whole number of writes per minute (0: no limit)' })
    .int('must be a whole number of writes per minute (0: no limit)')
    .min(0, 'must be a whole number of writes per minute (0: no limit)')
    .default(0),

  LLM_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL of an OpenAI-compatible API, such as http://127.0.0.1:8080/v1',
    })
    .optional(),
  LLM_MODEL: z.string().min(1, 'must name the model to ask').optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_TIMEOUT_MS: positiveMs.default(60_000),
  LLM_MAX_RETRIES: z.coerce
    .number({ error: 'must be a whole number of retries from 0 to 10' })
    .int('must be a whole number of retries from 0 to 10')
    .min(0, 'must be a whole number of retries from 0 to 10')
    .max(10, 'must be a whole number of retries from 0 to 10')
    .default(3),
  LLM_CONCURRENCY: z.coerce
    .number({ error: 'must be a whole number of parallel requests from 1 to 64' })
    .int('must be a whole number of parallel requests from 1 to 64')
    .min(1, 'must be a whole number of parallel requests from 1 to 64')
    .max(64, 'must be a whole number of parallel requests from 1 to 64')
    .default(2),
  LLM_CACHE_DIR: z.string().min(1).default('.cache/llm'),
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
