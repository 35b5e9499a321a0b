/**
 * The HTTP load generator, a child process of the bench so that it runs at the
 * bench's lowered priority (a child inherits its parent's nice value) and not
 * at the server's. Started once per run (forked, so its start-up is paid once);
 * takes jobs over IPC, one at a time, builds every request itself from the
 * operation's inputs (so requests that must be unique, like ingests, stay
 * unique), drives autocannon, and answers with the latencies and the CPU time
 * the job took in this process.
 */
import autocannon from 'autocannon';
import { ops } from './ops';
import type { GraphQLRequest } from './ops/types';

export interface HttpLoadJob {
  url: string;
  op: string;
  /** Which request of the operation: ours (op.graphql) or the peer's (op.peer). */
  way: 'ours' | 'peer';
  inputs: unknown[];
  duration: number;
  concurrency: number;
  headers?: Record<string, string>;
}

export interface HttpLoadOutput {
  latencies: number[];
  errors: number;
  firstError?: string;
  /** CPU time of this process during the job (ms). */
  cpuMs: number;
}

function requestsOf(job: HttpLoadJob): () => GraphQLRequest {
  const op = ops.find((o) => o.name === job.op) as
    { graphql(input: unknown): GraphQLRequest; peer?(input: unknown): GraphQLRequest } | undefined;
  if (!op) throw new Error(`http-load: unknown operation ${job.op}`);
  const build = job.way === 'peer' ? op.peer?.bind(op) : op.graphql.bind(op);
  if (!build) throw new Error(`http-load: ${job.op} has no peer request`);
  let i = 0;
  return () => build(job.inputs[i++ % job.inputs.length]);
}

async function run(job: HttpLoadJob): Promise<HttpLoadOutput> {
  const cpuBefore = process.cpuUsage();
  const next = requestsOf(job);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const result = await new Promise<autocannon.Result>((done, failed) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: job.concurrency,
        duration: job.duration,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...job.headers },
            setupRequest: (request) => ({ ...request, body: JSON.stringify(next()) }),
            onResponse: (status, body) => {
              if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
                errors++;
                firstError ??= `${status} ${body.slice(0, 300)}`;
              }
            },
          },
        ],
      },
      (error, res) => (error ? failed(error) : done(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const transportErrors = result.errors + result.timeouts + result.non2xx;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    latencies,
    errors: Math.max(errors, transportErrors),
    ...(firstError ? { firstError } : {}),
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** What the bench receives for each job: the output, or why the job failed. */
export type HttpLoadReply = { ok: true; output: HttpLoadOutput } | { ok: false; error: string };

process.on('message', (job: HttpLoadJob) => {
  run(job).then(
    (output) => process.send!({ ok: true, output } satisfies HttpLoadReply),
    (error: unknown) =>
      process.send!({ ok: false, error: (error as Error).stack ?? String(error) } satisfies HttpLoadReply),
  );
});
// Ends with the bench: the IPC channel closes when the parent exits or disconnects.
process.on('disconnect', () => process.exit(0));
