/**
 * Generates a world and loads it through the bench write statements
 * (cypher/bench/), one write transaction per batch: entities first, then per
 * batch of facts their documents (with sentences, evidence and mentions) and
 * the facts. The constraints and indexes the load does not read are made
 * after it (deferred-schema.ts).
 */
import type { Graph } from '../../src/graph/driver';
import { batches, parts } from './batches';
import { deferredSchema, dropDeferred, restoreDeferred } from './deferred-schema';
import { generateFacts } from './facts';
import { writeInFlight } from './in-flight';
import { buildWorld, type World } from './world';

/** Write transactions at once (in-flight.ts). */
const inFlight = Number(process.env.BENCH_LOAD_IN_FLIGHT ?? 2);
if (!Number.isInteger(inFlight) || inFlight < 1)
  throw new Error(`BENCH_LOAD_IN_FLIGHT needs a whole number of 1 or more, got ${process.env.BENCH_LOAD_IN_FLIGHT}`);
/**
 * Entities, or facts with their documents, per write transaction. Smaller than a generated
 * batch (5000) so that the two transactions in flight hold less state and fewer hub locks
 * each; bench/README.md has the figures.
 */
const defaultTransactionSize = Number(process.env.BENCH_LOAD_TX ?? 2000);
if (!Number.isInteger(defaultTransactionSize) || defaultTransactionSize < 1)
  throw new Error(`BENCH_LOAD_TX needs a whole number of 1 or more, got ${process.env.BENCH_LOAD_TX}`);

export interface LoadStats {
  scale: number;
  seed: number;
  batchSize: number;
  entities: number;
  facts: number;
  documents: number;
  sentences: number;
  evidence: number;
  mentions: number;
  generateSeconds: number;
  loadSeconds: number;
  indexSeconds: number;
  factsPerSecond: number;
}

export async function generateAndLoad(
  graph: Graph,
  options: {
    scale: number;
    seed: number;
    batchSize: number;
    log: (line: string) => void;
    /** CPU time Neo4j has used so far (ms), when it is a local process: logged per phase. */
    neo4jCpuMs?: () => number | null;
    /** Entities, or facts with their documents, per write transaction; batchSize shapes the world, this only the writes. */
    transactionSize?: number;
  },
): Promise<{ world: World; stats: LoadStats }> {
  const started = performance.now();
  // Wall time on a shared machine says little; Neo4j's CPU per phase says where the work went.
  let cpuMark = options.neo4jCpuMs?.() ?? null;
  const neo4jCpu = (): string => {
    const now = options.neo4jCpuMs?.() ?? null;
    const spent = now === null || cpuMark === null ? '' : `, Neo4j CPU ${((now - cpuMark) / 1000).toFixed(1)} s`;
    cpuMark = now;
    return spent;
  };
  const transactionSize = options.transactionSize ?? defaultTransactionSize;
  const world = buildWorld(options.scale, options.seed);
  const stats: LoadStats = {
    scale: options.scale,
    seed: options.seed,
    batchSize: options.batchSize,
    entities: world.entities.length,
    facts: 0,
    documents: 0,
    sentences: 0,
    evidence: 0,
    mentions: 0,
    generateSeconds: 0,
    loadSeconds: 0,
    indexSeconds: 0,
    factsPerSecond: 0,
  };
  let generating = (performance.now() - started) / 1000;
  const deferred = deferredSchema();
  await dropDeferred(graph, deferred);
  const loadStarted = performance.now();
  neo4jCpu();
  // Facts and mentions find their entities by element id: a direct record read, where
  // MATCH (:Entity {id}) is a locking seek in the entity_id index per endpoint.
  const nodes = new Map<string, string>();
  await writeInFlight(rows(world.entities, transactionSize), inFlight, async (entities) => {
    const made = await graph.writeTransaction((tx) =>
      tx.run('bench/create-entities', { entities, createdBy: 'bench-generator' }),
    );
    for (const { id, node } of made) nodes.set(id, node);
  });
  const nodeOf = (entityId: string): string => {
    const node = nodes.get(entityId);
    if (node === undefined) throw new Error(`bench load: no entity was created with id ${entityId}`);
    return node;
  };
  options.log(
    `entities: ${world.entities.length} in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s${neo4jCpu()}`,
  );
  let lastLog = performance.now();
  // Each generated batch is written in transactions of at most transactionSize facts (parts()).
  const writes = (function* () {
    for (const batch of batches(world, generateFacts(world), options.batchSize, nodeOf))
      yield* parts(batch, transactionSize);
  })();
  const { makingMs } = await writeInFlight(writes, inFlight, async (part) => {
    await graph.writeTransaction(async (tx) => {
      await tx.run('bench/create-documents', { documents: part.documents });
      await tx.run('bench/create-facts', { facts: part.facts });
    });
    stats.facts += part.facts.length;
    stats.documents += part.documents.length;
    stats.sentences += part.sentences;
    stats.evidence += part.evidence;
    stats.mentions += part.mentions;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      const seconds = (lastLog - loadStarted) / 1000;
      options.log(`facts: ${stats.facts} in ${seconds.toFixed(0)} s (${(stats.facts / seconds).toFixed(0)}/s)`);
    }
  });
  generating += makingMs / 1000;
  const indexStarted = performance.now();
  options.log(
    `facts: ${stats.facts} in ${((indexStarted - loadStarted) / 1000).toFixed(0)} s${neo4jCpu()}; building the deferred indexes`,
  );
  await restoreDeferred(graph, deferred);
  const ended = performance.now();
  options.log(`deferred indexes built in ${((ended - indexStarted) / 1000).toFixed(1)} s${neo4jCpu()}`);
  stats.indexSeconds = (ended - indexStarted) / 1000;
  stats.generateSeconds = generating;
  stats.loadSeconds = (ended - loadStarted) / 1000;
  stats.factsPerSecond = stats.facts / stats.loadSeconds;
  options.log(
    `loaded ${stats.entities} entities, ${stats.facts} facts, ${stats.documents} documents, ${stats.evidence} evidence ` +
      `in ${stats.loadSeconds.toFixed(1)} s (${stats.factsPerSecond.toFixed(0)} facts/s; generating took ${generating.toFixed(1)} s of it)`,
  );
  return { world, stats };
}

function* rows<T>(items: T[], size: number): Generator<T[]> {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`rows per transaction must be a whole number of 1 or more, got ${size}`);
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
