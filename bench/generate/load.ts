/**
 * Generates a world and loads it through the bench write statements
 * (cypher/bench/), one write transaction per batch: entities first, then per
 * batch of facts their documents and sentences, facts, evidence and mentions.
 */
import type { Graph } from '../../src/graph/driver';
import { batches } from './batches';
import { generateFacts } from './facts';
import { buildWorld, type World } from './world';

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
  options: { scale: number; seed: number; batchSize: number; log: (line: string) => void },
): Promise<{ world: World; stats: LoadStats }> {
  const started = performance.now();
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
  const loadStarted = performance.now();
  for (let i = 0; i < world.entities.length; i += options.batchSize) {
    const entities = world.entities.slice(i, i + options.batchSize);
    await graph.writeTransaction((tx) => tx.run('bench/create-entities', { entities, createdBy: 'bench-generator' }));
  }
  options.log(`entities: ${world.entities.length} in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
  let lastLog = performance.now();
  const iterator = batches(world, generateFacts(world), options.batchSize);
  for (;;) {
    const made = performance.now();
    const next = iterator.next();
    generating += (performance.now() - made) / 1000;
    if (next.done) break;
    const batch = next.value;
    await graph.writeTransaction(async (tx) => {
      await tx.run('bench/create-documents', { documents: batch.documents });
      await tx.run('bench/create-facts', { facts: batch.facts });
      await tx.run('bench/create-evidence', { evidence: batch.evidence });
      await tx.run('bench/create-mentions', { mentions: batch.mentions });
    });
    stats.facts += batch.facts.length;
    stats.documents += batch.documents.length;
    stats.sentences += batch.documents.reduce((n, d) => n + d.sentences.length, 0);
    stats.evidence += batch.evidence.length;
    stats.mentions += batch.mentions.length;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      const seconds = (lastLog - loadStarted) / 1000;
      options.log(`facts: ${stats.facts} in ${seconds.toFixed(0)} s (${(stats.facts / seconds).toFixed(0)}/s)`);
    }
  }
  const indexStarted = performance.now();
  await graph.runAutoCommit('CALL db.awaitIndexes(600)');
  const ended = performance.now();
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
