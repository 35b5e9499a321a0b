/**
 * The API benchmark (issue 6): generates a world of --scale entities into a
 * fresh Neo4j through the bench write statements, starts silkgraph and the
 * peer (@neo4j/graphql) as child processes on loopback, and measures each
 * operation three ways (ours over HTTP, the floor through neo4j-driver, the
 * peer over HTTP) with the same concurrency and duration. Writes
 * bench/results/<scale>-<commit>.{md,json} and prints the table.
 *
 *   npm run bench -- [--scale 10000] [--duration 10] [--concurrency 4] [--ops entity,search] [--seed 42]
 *                    [--batch 5000] [--cpu-prof]
 */
import neo4j from 'neo4j-driver';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cypher } from '../src/graph/cypher';
import { applyMigrations } from '../src/graph/migrations';
import { projectRoot } from '../src/paths';
import { generateAndLoad } from './generate/load';
import { httpLoad, loopLoad, profileDbHits, type Measurement } from './measure';
import { ops } from './ops';
import type { BenchOp } from './ops/types';
import { markdown, targets, type OpResult, type RunResult } from './report';
import { benchApiKey } from './servers/key';
import { spawnServer, type ChildServer } from './servers/spawn';
import { benchDatabase, machine, numberOption, writeResults } from './support';

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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scale = numberOption(args, 'scale', 10_000);
  const duration = numberOption(args, 'duration', 10);
  const concurrency = numberOption(args, 'concurrency', 4);
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
  try {
    await applyMigrations(db.graph);
    log(`generating and loading ${scale} entities`);
    const { world, stats } = await generateAndLoad(db.graph, { scale, seed, batchSize, log });
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

    const results: OpResult[] = [];
    const warmup = Math.min(5, duration);
    for (const [index, op] of (selected as BenchOp<unknown>[]).entries()) {
      const inputs = await op.inputs({ world, graph: db.graph, count: 500, seed });
      const cycle = () => {
        let i = 0;
        return () => inputs[i++ % inputs.length]!;
      };
      const measureHttp = (
        url: string,
        request: (input: unknown) => { query: string; variables: object },
        pid: number | undefined,
        headers?: Record<string, string>,
        seconds = duration,
      ) => {
        const next = cycle();
        const requests = () => request(next()) as { query: string; variables: Record<string, unknown> };
        return httpLoad({ url, requests, duration: seconds, concurrency, pid, headers });
      };
      const floor = op.floor;
      const work =
        'statement' in floor
          ? (input: unknown) => db.graph.read(floor.statement, floor.params(input))
          : (input: unknown) => floor.run(db.graph, input);

      // Every way is warmed up first (query plans, JIT, page cache), then each is
      // measured in turn; the order rotates by operation so no way always goes first.
      const ways: [string, () => Promise<Measurement>][] = [
        [
          'ours',
          () => measureHttp(`${ours.url}/graphql`, op.graphql, ours.pid, { authorization: `Bearer ${benchApiKey}` }),
        ],
        ['floor', () => loopLoad({ inputs, work, duration, concurrency })],
      ];
      if (op.peer && peer) ways.push(['peer', () => measureHttp(peer.url, op.peer!, peer.pid)]);
      log(`${op.name}: warming up ${ways.map(([name]) => name).join(', ')}`);
      await measureHttp(
        `${ours.url}/graphql`,
        op.graphql,
        undefined,
        { authorization: `Bearer ${benchApiKey}` },
        warmup,
      );
      await loopLoad({ inputs, work, duration: warmup, concurrency });
      if (op.peer && peer) await measureHttp(peer.url, op.peer, undefined, undefined, warmup);
      const measured: Record<string, Measurement> = {};
      const rotation = index % ways.length;
      for (const [name, measure] of [...ways.slice(rotation), ...ways.slice(0, rotation)]) {
        log(`${op.name}: ${name}`);
        measured[name] = await measure();
      }
      const oursResult = measured.ours!;
      const floorResult = measured.floor!;
      const peerResult = measured.peer;
      const dbHits =
        'statement' in floor
          ? await profileDbHits(driver, database, cypher(floor.statement), floor.params(inputs[0]))
          : null;
      const result: OpResult = {
        op: op.name,
        description: op.description,
        ours: oursResult,
        floor: floorResult,
        dbHits,
      };
      if (peerResult) result.peer = peerResult;
      results.push(result);
      for (const [way, m] of Object.entries({ ours: oursResult, floor: floorResult, peer: peerResult })) {
        if (!m) continue;
        log(
          `  ${way}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50.toFixed(1)} p95 ${m.p95.toFixed(1)} p99 ${m.p99.toFixed(1)} ms, ` +
            `${m.errors} errors${m.rssMB ? `, RSS ${m.rssMB} MB` : ''}${m.firstError ? ` (${m.firstError})` : ''}`,
        );
      }
    }

    const base = {
      benchmark: 'api' as const,
      scale,
      duration,
      concurrency,
      machine: { ...machine(), ...(peerError ? { peerError } : {}) },
      neo4j: neo4jVersion,
      load: stats,
      ops: results,
      at: new Date().toISOString(),
      totalSeconds: (performance.now() - started) / 1000,
    };
    const result: RunResult = { ...base, targets: targets(base) };
    const text = markdown(result);
    const label = `${scaleLabel(scale)}-${result.machine.commit}${concurrency === 4 ? '' : `-c${concurrency}`}`;
    writeResults(label, result, text);
    process.stdout.write(text);
  } finally {
    for (const server of servers) await server.stop();
    await driver.close();
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
