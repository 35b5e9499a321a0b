/**
 * How each way is measured, the same for all: `concurrency` requests in flight
 * for `duration` seconds, every latency recorded, percentiles from the
 * samples. HTTP load by autocannon (loopback); the floor by a loop over
 * neo4j-driver; server RSS sampled from /proc while the load runs; dbHits from
 * a PROFILE of the statement.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { GraphQLRequest } from './ops/types';

export interface Measurement {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Peak resident set of the server process during the load (MB), when there is one. */
  rssMB: number | null;
  firstError?: string;
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

function summarise(latencies: number[], seconds: number, errors: number, rssMB: number | null, firstError?: string) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    rssMB,
    ...(firstError ? { firstError } : {}),
  };
}

/** Peak VmRSS of a process, sampled every 100 ms until stopped. */
export function rssSampler(pid: number | undefined): { stop(): number | null } {
  if (!pid) return { stop: () => null };
  let peak = 0;
  const read = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // process gone
    }
  };
  read();
  const timer = setInterval(read, 100);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return Math.round(peak);
    },
  };
}

export async function httpLoad(options: {
  url: string;
  requests: () => GraphQLRequest;
  duration: number;
  concurrency: number;
  pid?: number;
  headers?: Record<string, string>;
}): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const rss = rssSampler(options.pid);
  const started = performance.now();
  let done!: (result: autocannon.Result) => void;
  let failed!: (error: Error) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.concurrency,
      duration: options.duration,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.headers },
          setupRequest: (request) => ({ ...request, body: JSON.stringify(options.requests()) }),
          onResponse: (status, body) => {
            if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
              errors++;
              firstError ??= `${status} ${body.slice(0, 300)}`;
            }
          },
        },
      ],
    },
    (error, result) => (error ? failed(error) : done(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await finished;
  const seconds = (performance.now() - started) / 1000;
  const transportErrors = result.errors + result.timeouts + result.non2xx;
  return summarise(latencies, seconds, Math.max(errors, transportErrors), rss.stop(), firstError);
}

/** The floor: `concurrency` loops calling `work` back to back for `duration` seconds. */
export async function loopLoad<I>(options: {
  inputs: I[];
  work: (input: I) => Promise<unknown>;
  duration: number;
  concurrency: number;
}): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.duration * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const input = options.inputs[next++ % options.inputs.length]!;
        const t = performance.now();
        try {
          await options.work(input);
        } catch (error) {
          errors++;
          firstError ??= String((error as Error).message).slice(0, 300);
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  return summarise(latencies, (performance.now() - started) / 1000, errors, null, firstError);
}

interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}

const sumHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, c) => n + sumHits(c), 0);

/** Total dbHits of the statement's PROFILE plan for one input. */
export async function profileDbHits(driver: Driver, database: string, text: string, params: object): Promise<number> {
  const result = await driver.executeQuery(`PROFILE ${text}`, params, { database });
  const profile = result.summary.profile;
  return profile ? sumHits(profile) : NaN;
}
