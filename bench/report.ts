/**
 * The results as markdown tables (one per concurrency) and the targets of
 * issues 6 and 16, met or missed.
 */
import type { LoadStats } from './generate/load';
import type { RepeatedMeasurement } from './measure';

export interface OpResult {
  op: string;
  description: string;
  ours: RepeatedMeasurement;
  floor: RepeatedMeasurement;
  peer?: RepeatedMeasurement;
  dbHits: number | null;
}

/** Every operation measured at one concurrency. */
export interface ConcurrencyTable {
  concurrency: number;
  ops: OpResult[];
}

export interface RunResult {
  benchmark: 'api';
  scale: number;
  duration: number;
  warmup: number;
  repeats: number;
  concurrency: number[];
  /** Nice values: Neo4j and the servers at the normal one, the load generators below. */
  priorities: Record<string, number | null>;
  machine: Record<string, unknown>;
  neo4j: string;
  load: LoadStats;
  tables: ConcurrencyTable[];
  targets: { target: string; value: string; met: boolean | null }[];
  at: string;
  totalSeconds: number;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? (a / b).toFixed(2) : '–');
const fixed = (v: number | null, digits: number) => (v === null || !Number.isFinite(v) ? '–' : v.toFixed(digits));

/** The table the throughput targets are read from: the most requests in flight. */
export const saturated = (result: Pick<RunResult, 'tables'>): ConcurrencyTable =>
  result.tables.reduce((a, b) => (b.concurrency > a.concurrency ? b : a));

export function targets(result: Omit<RunResult, 'targets'>): RunResult['targets'] {
  const list: RunResult['targets'] = [];
  const ops = saturated(result).ops;
  const reads = ops.filter((o) => o.op !== 'ingest');
  for (const o of reads)
    list.push({
      target: `${o.op}: p50 ours/floor <= 1.3`,
      value: ratio(o.ours.p50, o.floor.p50),
      met: o.ours.p50 / o.floor.p50 <= 1.3,
    });
  for (const o of ops.filter((x) => x.peer))
    list.push({
      target: `${o.op}: throughput ours/peer >= 2`,
      value: ratio(o.ours.rps, o.peer!.rps),
      met: o.ours.rps / o.peer!.rps >= 2,
    });
  const p95 = (op: string, limit: number) => {
    const o = ops.find((x) => x.op === op);
    if (!o) return;
    list.push({
      target: `${op}: p95 < ${limit} ms${result.scale === 100_000 ? '' : ' (target is for 100k)'}`,
      value: `${ms(o.ours.p95)} ms`,
      met: result.scale === 100_000 ? o.ours.p95 < limit : null,
    });
  };
  p95('connections', 50);
  p95('graph-view', 100);
  p95('search', 20);
  const rss = Math.max(...result.tables.flatMap((t) => t.ops.map((o) => o.ours.rssMB ?? 0)));
  list.push({ target: 'server RSS < 300 MB under load', value: `${rss} MB`, met: rss < 300 });
  list.push({
    target: `load time${result.scale >= 1_000_000 ? '' : ' (target: 1M in < 600 s)'}`,
    value: `${result.load.loadSeconds.toFixed(0)} s`,
    met: result.scale >= 1_000_000 ? result.load.loadSeconds < 600 : null,
  });
  return list;
}

function operationsTable(table: ConcurrencyTable, repeats: number): string[] {
  const lines = [
    `## Operations, ${table.concurrency} request${table.concurrency === 1 ? '' : 's'} in flight`,
    '',
    table.concurrency === 1
      ? 'What one analyst waits: one request at a time, the machine not saturated by the bench.'
      : 'Saturated: throughput and the latency under that load.',
    '',
    `Median of ${repeats} run${repeats === 1 ? '' : 's'}; req/s of each run in brackets. ` +
      'server CPU ms/req: utime + stime of the server process over the requests it served. ' +
      'busy %: all CPUs of the machine; others: cores used by processes other than the server, Neo4j and the load generator.',
    '',
    '| operation | way | req/s | req/s of each run | p50 | p95 | p99 | errors | server CPU ms/req | server RSS MB | busy % | others (cores) | load avg before → after | dbHits |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const o of table.ops) {
    const row = (way: string, x: RepeatedMeasurement, hits: string) =>
      `| ${o.op} | ${way} | ${x.rps.toFixed(0)} | ${x.runs.map((r) => r.rps.toFixed(0)).join(' / ')} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ${x.errors} | ` +
      `${fixed(x.machine.serverMsPerRequest, 2)} | ${x.rssMB ?? '–'} | ${fixed(x.machine.machineBusyPercent, 0)} | ${fixed(x.machine.otherCores, 2)} | ` +
      `${x.machine.loadBefore.toFixed(1)} → ${x.machine.loadAfter.toFixed(1)} | ${hits} |`;
    lines.push(row('ours', o.ours, o.dbHits === null ? '–' : String(o.dbHits)));
    lines.push(row('floor', o.floor, ''));
    if (o.peer) lines.push(row('peer', o.peer, ''));
  }
  lines.push(
    '',
    `### Ratios, ${table.concurrency} in flight`,
    '',
    '| operation | p50 ours/floor | req/s floor/ours | req/s ours/peer | p50 peer/ours | server CPU ms/req peer/ours |',
    '|---|---|---|---|---|---|',
  );
  for (const o of table.ops)
    lines.push(
      `| ${o.op} | ${ratio(o.ours.p50, o.floor.p50)} | ${ratio(o.floor.rps, o.ours.rps)} | ${o.peer ? ratio(o.ours.rps, o.peer.rps) : '–'} | ` +
        `${o.peer ? ratio(o.peer.p50, o.ours.p50) : '–'} | ${o.peer ? ratio(o.peer.machine.serverMsPerRequest ?? NaN, o.ours.machine.serverMsPerRequest ?? NaN) : '–'} |`,
    );
  lines.push('');
  return lines;
}

export function markdown(result: RunResult): string {
  const m = result.machine;
  const l = result.load;
  const p = result.priorities;
  const lines = [
    `# API benchmark: ${result.scale.toLocaleString('en')} entities`,
    '',
    `Commit ${m.commit}, ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${result.neo4j}. ` +
      `Every read operation's ways warmed up for ${result.warmup} s each before any was measured; every way ` +
      `warmed up again for ${result.warmup} s right before its operation, then measured ${result.repeats} times for ${result.duration} s ` +
      `(interleaved), at ${result.concurrency.join(' and ')} requests in flight; ${result.at}.`,
    '',
    `Nice values: Neo4j ${p.neo4j ?? '–'}, ours ${p.ours ?? '–'}, peer ${p.peer ?? '–'}, ` +
      `load generators (autocannon, the floor's loop) ${p.loadGenerators ?? '–'}.`,
    '',
    '## Load',
    '',
    '| entities | facts | documents | sentences | evidence | mentions | load s | of which generating s | facts/s |',
    '|---|---|---|---|---|---|---|---|---|',
    `| ${l.entities} | ${l.facts} | ${l.documents} | ${l.sentences} | ${l.evidence} | ${l.mentions} | ${l.loadSeconds.toFixed(1)} | ${l.generateSeconds.toFixed(1)} | ${l.factsPerSecond.toFixed(0)} |`,
    '',
    'ours: silkgraph over HTTP; floor: the same statement and parameters through the service’s own graph module (neo4j-driver, the same way of running a read) in the bench process, no HTTP or GraphQL; peer: @neo4j/graphql over HTTP. Latency in ms.',
    '',
  ];
  for (const table of result.tables) lines.push(...operationsTable(table, result.repeats));
  lines.push(
    `## Targets (${saturated(result).concurrency} in flight)`,
    '',
    '| target | value | met |',
    '|---|---|---|',
  );
  for (const t of result.targets)
    lines.push(`| ${t.target} | ${t.value} | ${t.met === null ? 'n/a' : t.met ? 'yes' : 'NO'} |`);
  lines.push('', 'Operations:', '');
  for (const o of result.tables[0]?.ops ?? []) lines.push(`- ${o.op}: \`${o.description}\``);
  lines.push('', `Whole run: ${result.totalSeconds.toFixed(0)} s.`, '');
  return lines.join('\n');
}
