/**
 * The API benchmark (issue 6): generates a world of --scale entities into a
 * fresh Neo4j through the bench write statements, starts silkgraph and the
 * peer (@neo4j/graphql) as child processes on loopback, and measures each
 * operation three ways (ours over HTTP, the floor through neo4j-driver, the
 * peer over HTTP) with the same warm-up, concurrency and duration, each way
 * --repeats times interleaved, at every --concurrency, the load generators at a
 * lower priority than the servers and Neo4j. Writes
 * bench/results/<scale>-<commit>.{md,json} and prints the tables.
 *
 *   npm run bench -- [--scale 10000] [--duration 5] [--concurrency 4,1] [--repeats 3] [--ops entity,search]
 *                    [--seed 42] [--batch 5000] [--cpu-prof]
 */
import neo4j from 'neo4j-driver';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cypher } from '../src/graph/cypher';
import { applyMigrations } from '../src/graph/migrations';
import { projectRoot } from '../src/paths';
import { generateAndLoad } from './generate/load';
import { combine, HttpLoader, loopLoad, processCpuMs, profileDbHits, type Measurement } from './measure';
import { ops } from './ops';
import type { BenchOp } from './ops/types';
import { markdown, targets, type ConcurrencyTable, type OpResult, type RunResult } from './report';
import { benchApiKey } from './servers/key';
import { spawnServer, type ChildServer } from './servers/spawn';
import { benchDatabase, lowerPriority, machine, niceOf, numberListOption, numberOption, writeResults } from './support';

/** A way of running an operation (ours, floor, peer): measures it at a concurrency for some seconds. */
type Way = [string, (concurrency: number, seconds: number) => Promise<Measurement>];

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function stringOption(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
}

const scaleLabel = (scale: number) =>
  scale >= 1_000_000 && scale % 1_000_000 === 0
    ? `${scale / 1_000_000}m`
    : scale % 1000 === 0
      ? `${scale / 1000}k`
      : String(scale);

/** Nice steps the load generators (the bench process and its autocannon child) run below the servers and Neo4j. */
const loadGeneratorNice = 10;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scale = numberOption(args, 'scale', 10_000);
  const duration = numberOption(args, 'duration', 5);
  const concurrencies = numberListOption(args, 'concurrency', [4, 1]);
  const repeats = numberOption(args, 'repeats', 3);
  const seed = numberOption(args, 'seed', 42);
  const batchSize = numberOption(args, 'batch', 5000);
  const only = stringOption(args, 'ops')?.split(',');
  const selected = ops.filter((op) => !only || only.includes(op.name));
  if (only && selected.length !== only.length)
    throw new Error(`--ops: unknown operation in ${only}; known: ${ops.map((o) => o.name).join(', ')}`);
  const cpuProf = args.includes('--cpu-prof');
  const started = performance.now();

  const db = await benchDatabase();
  const servers: ChildServer[] = [];
  const driver = neo4j.driver(
    db.neo4j.uri,
    db.neo4j.password ? neo4j.auth.basic(db.neo4j.user, db.neo4j.password) : undefined,
    { disableLosslessIntegers: true },
  );
  const database = db.neo4j.database;
  const http = new HttpLoader();
  try {
    await applyMigrations(db.graph);
    log(`generating and loading ${scale} entities`);
    const { world, stats } = await generateAndLoad(db.graph, {
      scale,
      seed,
      batchSize,
      log,
      neo4jCpuMs: () => processCpuMs(db.pid()),
    });
    const [component] = await db.graph.runAutoCommit(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    const neo4jVersion = `${component!.name} ${component!.version} ${component!.edition}`;

    const env = {
      NEO4J_URI: db.neo4j.uri,
      NEO4J_USER: db.neo4j.user,
      NEO4J_PASSWORD: db.neo4j.password,
      NEO4J_DATABASE: database,
    };
    const profDir = join(projectRoot, 'bench', 'results', 'cpu-prof.tmp');
    if (cpuProf) mkdirSync(profDir, { recursive: true });
    const ours = await spawnServer('ours', env, cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []);
    servers.push(ours);
    let peer: ChildServer | undefined;
    let peerError: string | undefined;
    if (selected.some((op) => op.peer)) {
      try {
        peer = await spawnServer('peer', env);
        servers.push(peer);
      } catch (error) {
        peerError = (error as Error).message;
        log(`peer unavailable: ${peerError}`);
      }
    }
    // Neo4j and both servers are started: from here the bench process and its load children run below them.
    const nice = lowerPriority(loadGeneratorNice);
    const priorities = {
      neo4j: niceOf(db.pid()),
      ours: niceOf(ours.pid),
      peer: niceOf(peer?.pid),
      loadGenerators: nice.after,
    };
    log(`nice values: ${JSON.stringify(priorities)}`);

    const tables: ConcurrencyTable[] = concurrencies.map((concurrency) => ({ concurrency, ops: [] }));
    const warmup = Math.min(5, duration);
    const neo4jPid = db.pid();
    const prepared: { op: BenchOp<unknown>; inputs: unknown[]; ways: Way[] }[] = [];
    for (const op of selected as BenchOp<unknown>[]) {
      const inputs = await op.inputs({ world, graph: db.graph, count: 500, seed });
      const floor = op.floor;
      const work =
        'statement' in floor
          ? (input: unknown) => db.graph.read(floor.statement, floor.params(input))
          : (input: unknown) => floor.run(db.graph, input);
      const ways: Way[] = [
        [
          'ours',
          (concurrency, seconds) =>
            http.measure({
              url: `${ours.url}/graphql`,
              op: op.name,
              way: 'ours',
              inputs,
              duration: seconds,
              concurrency,
              headers: { authorization: `Bearer ${benchApiKey}` },
              serverPid: ours.pid,
              neo4jPid,
            }),
        ],
        ['floor', (concurrency, seconds) => loopLoad({ inputs, work, duration: seconds, concurrency, neo4jPid })],
      ];
      if (op.peer && peer)
        ways.push([
          'peer',
          (concurrency, seconds) =>
            http.measure({
              url: peer.url,
              op: op.name,
              way: 'peer',
              inputs,
              duration: seconds,
              concurrency,
              serverPid: peer.pid,
              neo4jPid,
            }),
        ]);
      prepared.push({ op, inputs, ways });
    }
    // Neo4j's JIT and the servers' warm up over the first minutes after the load, whatever runs: measured
    // straight away, the first operation's runs rose from one to the next (entity 412 / 666 / 831 req/s at
    // 100k). So every read operation's ways run once for the warm-up time before any is measured (writes
    // would change the graph the reads are measured on).
    log(`warming up every read operation's ways for ${warmup} s each`);
    for (const { op, ways } of prepared)
      if (!op.writes) for (const [, measure] of ways) await measure(concurrencies[0]!, warmup);
    for (const [index, { op, inputs, ways }] of prepared.entries()) {
      const floor = op.floor;
      // Every way gets the same warm-up (query plans, page cache) at the first concurrency, right before it is measured.
      log(`${op.name}: warming up ${ways.map(([name]) => name).join(', ')} for ${warmup} s each`);
      for (const [, measure] of ways) await measure(concurrencies[0]!, warmup);
      // Then `repeats` rounds, each measuring every way once (interleaved, so a disturbance hits all
      // ways alike); the order within a round rotates by operation so no way always goes first.
      const rotation = index % ways.length;
      const order = [...ways.slice(rotation), ...ways.slice(0, rotation)];
      const dbHits =
        'statement' in floor
          ? await profileDbHits(driver, database, cypher(floor.statement), floor.params(inputs[0]))
          : null;
      for (const table of tables) {
        const runs: Record<string, Measurement[]> = {};
        for (let round = 1; round <= repeats; round++)
          for (const [name, measure] of order) {
            log(`${op.name}: ${name}, ${table.concurrency} in flight, run ${round} of ${repeats}`);
            (runs[name] ??= []).push(await measure(table.concurrency, duration));
          }
        const result: OpResult = {
          op: op.name,
          description: op.description,
          ours: combine(runs.ours!),
          floor: combine(runs.floor!),
          dbHits,
        };
        if (runs.peer) result.peer = combine(runs.peer);
        table.ops.push(result);
        for (const [way, m] of Object.entries({ ours: result.ours, floor: result.floor, peer: result.peer })) {
          if (!m) continue;
          log(
            `  c=${table.concurrency} ${way}: ${m.rps.toFixed(0)} req/s (${m.runs.map((r) => r.rps.toFixed(0)).join(', ')}), ` +
              `p50 ${m.p50.toFixed(1)} p95 ${m.p95.toFixed(1)} ms, ${m.errors} errors, machine ${m.machine.machineBusyPercent.toFixed(0)} % busy` +
              `${m.machine.serverMsPerRequest === null ? '' : `, server ${m.machine.serverMsPerRequest.toFixed(2)} CPU ms/req`}` +
              `${m.rssMB ? `, RSS ${m.rssMB} MB` : ''}${m.firstError ? ` (${m.firstError})` : ''}`,
          );
        }
      }
    }

    const base = {
      benchmark: 'api' as const,
      scale,
      duration,
      warmup,
      repeats,
      concurrency: concurrencies,
      priorities,
      machine: { ...machine(), ...(peerError ? { peerError } : {}) },
      neo4j: neo4jVersion,
      load: stats,
      tables,
      at: new Date().toISOString(),
      totalSeconds: (performance.now() - started) / 1000,
    };
    const result: RunResult = { ...base, targets: targets(base) };
    const text = markdown(result);
    const defaultConcurrency = concurrencies.join(',') === '4,1';
    const label = `${scaleLabel(scale)}-${result.machine.commit}${defaultConcurrency ? '' : `-c${concurrencies.join('-')}`}`;
    writeResults(label, result, text);
    process.stdout.write(text);
  } finally {
    http.stop();
    for (const server of servers) await server.stop();
    await driver.close();
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
