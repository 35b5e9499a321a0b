/**
 * The results as a markdown table and the targets of issue 6, met or missed.
 */
import type { LoadStats } from './generate/load';
import type { Measurement } from './measure';

export interface OpResult {
  op: string;
  description: string;
  ours: Measurement;
  floor: Measurement;
  peer?: Measurement;
  dbHits: number | null;
}

export interface RunResult {
  benchmark: 'api';
  scale: number;
  duration: number;
  concurrency: number;
  machine: Record<string, unknown>;
  neo4j: string;
  load: LoadStats;
  ops: OpResult[];
  targets: { target: string; value: string; met: boolean | null }[];
  at: string;
  totalSeconds: number;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? (a / b).toFixed(2) : '–');

export function targets(result: Omit<RunResult, 'targets'>): RunResult['targets'] {
  const list: RunResult['targets'] = [];
  const reads = result.ops.filter((o) => o.op !== 'ingest');
  for (const o of reads)
    list.push({
      target: `${o.op}: p50 ours/floor <= 1.3`,
      value: ratio(o.ours.p50, o.floor.p50),
      met: o.ours.p50 / o.floor.p50 <= 1.3,
    });
  for (const o of result.ops.filter((x) => x.peer))
    list.push({
      target: `${o.op}: throughput ours/peer >= 2`,
      value: ratio(o.ours.rps, o.peer!.rps),
      met: o.ours.rps / o.peer!.rps >= 2,
    });
  const p95 = (op: string, limit: number) => {
    const o = result.ops.find((x) => x.op === op);
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
  const rss = Math.max(...result.ops.map((o) => o.ours.rssMB ?? 0));
  list.push({ target: 'server RSS < 300 MB under load', value: `${rss} MB`, met: rss < 300 });
  list.push({
    target: `load time${result.scale >= 1_000_000 ? '' : ' (target: 1M in < 600 s)'}`,
    value: `${result.load.loadSeconds.toFixed(0)} s`,
    met: result.scale >= 1_000_000 ? result.load.loadSeconds < 600 : null,
  });
  return list;
}

export function markdown(result: RunResult): string {
  const m = result.machine;
  const l = result.load;
  const lines = [
    `# API benchmark: ${result.scale.toLocaleString('en')} entities`,
    '',
    `Commit ${m.commit}, ${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${result.neo4j}. ` +
      `${result.duration} s per operation and way, ${result.concurrency} requests in flight; ${result.at}.`,
    '',
    '## Load',
    '',
    '| entities | facts | documents | sentences | evidence | mentions | load s | of which generating s | facts/s |',
    '|---|---|---|---|---|---|---|---|---|',
    `| ${l.entities} | ${l.facts} | ${l.documents} | ${l.sentences} | ${l.evidence} | ${l.mentions} | ${l.loadSeconds.toFixed(1)} | ${l.generateSeconds.toFixed(1)} | ${l.factsPerSecond.toFixed(0)} |`,
    '',
    '## Operations',
    '',
    'ours: silkgraph over HTTP; floor: the same statement and parameters through the service’s own graph module (neo4j-driver, the same way of running a read) in the bench process, no HTTP or GraphQL; peer: @neo4j/graphql over HTTP. Latency in ms.',
    '',
    '| operation | way | req/s | p50 | p95 | p99 | errors | server RSS MB | dbHits |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const o of result.ops) {
    const row = (way: string, x: Measurement, hits: string) =>
      `| ${o.op} | ${way} | ${x.rps.toFixed(0)} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ${x.errors} | ${x.rssMB ?? '–'} | ${hits} |`;
    lines.push(row('ours', o.ours, o.dbHits === null ? '–' : String(o.dbHits)));
    lines.push(row('floor', o.floor, ''));
    if (o.peer) lines.push(row('peer', o.peer, ''));
  }
  lines.push(
    '',
    '## Ratios',
    '',
    '| operation | p50 ours/floor | req/s floor/ours | req/s ours/peer | p50 peer/ours |',
    '|---|---|---|---|---|',
  );
  for (const o of result.ops)
    lines.push(
      `| ${o.op} | ${ratio(o.ours.p50, o.floor.p50)} | ${ratio(o.floor.rps, o.ours.rps)} | ${o.peer ? ratio(o.ours.rps, o.peer.rps) : '–'} | ${o.peer ? ratio(o.peer.p50, o.ours.p50) : '–'} |`,
    );
  lines.push('', '## Targets', '', '| target | value | met |', '|---|---|---|');
  for (const t of result.targets)
    lines.push(`| ${t.target} | ${t.value} | ${t.met === null ? 'n/a' : t.met ? 'yes' : 'NO'} |`);
  lines.push('', 'Operations:', '');
  for (const o of result.ops) lines.push(`- ${o.op}: \`${o.description}\``);
  lines.push('', `Whole run: ${result.totalSeconds.toFixed(0)} s.`, '');
  return lines.join('\n');
}
