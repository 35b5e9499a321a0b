/**
 * How each way is measured, the same for all: `concurrency` requests in flight
 * for `duration` seconds, every latency recorded, percentiles from the
 * samples. HTTP load by autocannon in a child process (./http-load, loopback);
 * the floor by a loop over neo4j-driver in the bench process. Both load
 * generators run at the bench's lowered priority (see lowerPriority in
 * ./support). Around every measurement: the server's peak RSS and CPU time,
 * Neo4j's CPU time, the load generator's, and how busy the whole machine was
 * (/proc/stat and the load average), so that a figure says what else ran.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { HttpLoadJob, HttpLoadOutput, HttpLoadReply } from './http-load';
import { median } from './support';

/** What the rest of the machine did during one measurement. */
export interface MachineShare {
  /** One-minute load average before and after. */
  loadBefore: number;
  loadAfter: number;
  /** All CPUs busy (user, nice, system, irq, steal) over the wall time, 0–100 % of the machine. */
  machineBusyPercent: number;
  /** CPU time of the server process (ms), null for the floor (no server). */
  serverMs: number | null;
  /** serverMs / requests. */
  serverMsPerRequest: number | null;
  /** CPU time of the Neo4j process (ms), null when it is not local. */
  neo4jMs: number | null;
  /** CPU time of the load generator: the autocannon child and the bench process (the floor's loop) (ms). */
  loadGeneratorMs: number;
  /** Machine busy time minus server, Neo4j and load generator, in cores (1 = one core busy all along): other work. */
  otherCores: number | null;
}

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
  machine: MachineShare;
}

/** The median of several runs of one way; `runs` keeps each. */
export interface RepeatedMeasurement extends Measurement {
  runs: Measurement[];
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

function summarise(
  latencies: number[],
  seconds: number,
  errors: number,
  rssMB: number | null,
  machine: MachineShare,
  firstError?: string,
): Measurement {
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
    machine: { ...machine, serverMsPerRequest: machine.serverMs === null ? null : machine.serverMs / latencies.length },
  };
}

const medianOf = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : median(values as number[]);

/** Median of each figure over the runs (peak RSS: the highest; errors: the sum). */
export function combine(runs: Measurement[]): RepeatedMeasurement {
  const pick = <K extends keyof Measurement>(key: K) => median(runs.map((r) => r[key] as number));
  const share = <K extends keyof MachineShare>(key: K) => medianOf(runs.map((r) => r.machine[key]));
  const rss = runs.map((r) => r.rssMB);
  const firstError = runs.find((r) => r.firstError)?.firstError;
  return {
    requests: pick('requests'),
    seconds: pick('seconds'),
    rps: pick('rps'),
    p50: pick('p50'),
    p95: pick('p95'),
    p99: pick('p99'),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    rssMB: rss.some((v) => v === null) ? null : Math.max(...(rss as number[])),
    ...(firstError ? { firstError } : {}),
    machine: {
      loadBefore: share('loadBefore')!,
      loadAfter: share('loadAfter')!,
      machineBusyPercent: share('machineBusyPercent')!,
      serverMs: share('serverMs'),
      serverMsPerRequest: share('serverMsPerRequest'),
      neo4jMs: share('neo4jMs'),
      loadGeneratorMs: share('loadGeneratorMs')!,
      otherCores: share('otherCores'),
    },
    runs,
  };
}

// /proc/stat and /proc/<pid>/stat count in clock ticks; USER_HZ is 100 on every Linux we run on.
const tickMs = 10;

/** utime + stime of a process (all its threads), ms; null when it is gone or unknown. */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * tickMs;
  } catch {
    return null;
  }
}

/** Busy and total CPU time of the whole machine since boot, ms summed over CPUs. */
function machineCpuMs(): { busy: number; total: number } {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user, nice, system, idle, iowait, irq, softirq, steal] = cpu!.split(/\s+/).slice(1).map(Number);
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy: busy * tickMs, total: (busy + idle! + iowait!) * tickMs };
}

export interface Watched {
  /** The server under load (ours or the peer); none for the floor. */
  serverPid?: number;
  /** The local Neo4j's java process, when the bench started it. */
  neo4jPid?: number;
}

/** Starts counting; stop() with the load generator's CPU time (ms) gives the share of each. */
function machineMeter(watched: Watched) {
  const loadBefore = loadavg()[0]!;
  const machine = machineCpuMs();
  const server = processCpuMs(watched.serverPid);
  const neo4j = processCpuMs(watched.neo4jPid);
  const bench = process.cpuUsage();
  const rss = rssSampler(watched.serverPid);
  return {
    stop(childCpuMs: number): { share: MachineShare; rssMB: number | null } {
      const rssMB = rss.stop();
      const after = machineCpuMs();
      const benchUsage = process.cpuUsage(bench);
      const delta = (before: number | null, now: number | null) =>
        before === null || now === null ? null : now - before;
      const serverMs = delta(server, processCpuMs(watched.serverPid));
      const neo4jMs = delta(neo4j, processCpuMs(watched.neo4jPid));
      const loadGeneratorMs = childCpuMs + (benchUsage.user + benchUsage.system) / 1000;
      const busy = after.busy - machine.busy;
      const total = after.total - machine.total;
      const wallSeconds = total / 1000 / (readCpuCount() || 1);
      const others = busy - (serverMs ?? 0) - (neo4jMs ?? 0) - loadGeneratorMs;
      return {
        rssMB,
        share: {
          loadBefore,
          loadAfter: loadavg()[0]!,
          machineBusyPercent: total > 0 ? (100 * busy) / total : NaN,
          serverMs,
          serverMsPerRequest: null,
          neo4jMs,
          loadGeneratorMs,
          otherCores: watched.neo4jPid && neo4jMs === null ? null : Math.max(0, others) / 1000 / (wallSeconds || 1),
        },
      };
    },
  };
}

let cpuCount: number | undefined;
function readCpuCount(): number {
  cpuCount ??= readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((line) => /^cpu\d/.test(line)).length;
  return cpuCount;
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

/**
 * The autocannon child (./http-load), forked on first use, so at the priority
 * this process has then, and kept for the whole run: one job at a time.
 */
export class HttpLoader {
  private child: ChildProcess | undefined;

  private started(): ChildProcess {
    this.child ??= fork(join(__dirname, 'http-load.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return this.child;
  }

  private send(job: HttpLoadJob): Promise<HttpLoadOutput> {
    const child = this.started();
    return new Promise((done, failed) => {
      const onExit = (code: number | null) => failed(new Error(`http-load exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (reply: HttpLoadReply) => {
        child.off('exit', onExit);
        if (reply.ok) done(reply.output);
        else failed(new Error(`http-load: ${reply.error}`));
      });
      child.send(job);
    });
  }

  async measure(job: HttpLoadJob & Watched): Promise<Measurement> {
    const { serverPid, neo4jPid, ...rest } = job;
    const meter = machineMeter({ serverPid, neo4jPid });
    const started = performance.now();
    const output = await this.send(rest);
    const seconds = (performance.now() - started) / 1000;
    const { share, rssMB } = meter.stop(output.cpuMs);
    return summarise(output.latencies, Math.min(seconds, job.duration), output.errors, rssMB, share, output.firstError);
  }

  stop(): void {
    this.child?.disconnect();
    this.child = undefined;
  }
}

/** The floor: `concurrency` loops calling `work` back to back for `duration` seconds. */
export async function loopLoad<I>(
  options: {
    inputs: I[];
    work: (input: I) => Promise<unknown>;
    duration: number;
    concurrency: number;
  } & Watched,
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const meter = machineMeter({ neo4jPid: options.neo4jPid });
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
  const seconds = (performance.now() - started) / 1000;
  const { share } = meter.stop(0);
  return summarise(latencies, seconds, errors, null, share, firstError);
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
