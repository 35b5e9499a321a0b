/**
 * Ingest throughput: N articles (default 1,000) ingested into an empty graph through
 * the folder ingest of `npm run ingest` (ingestMany: extraction in a worker
 * pool sized to the cores, --group articles per write transaction). Three
 * runs; the median is reported, with the load average over each run.
 * The articles (--source): `sample`, the sample corpus repeated, each made
 * unique by one added sentence (the graph stops growing after its 14 articles);
 * or `generated`, news items about a generated world (bench/generate/articles.ts),
 * so that the graph grows as an archive's does. Results go to
 * bench/results/ingest.md and ingest-generated.md.
 *
 *   npm run bench:ingest -- [--articles 1000] [--source sample|generated] [--group 32] [--workers <cores>] [--runs 3]
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { systemAuthor } from '../src/graph/audit/record-change';
import { applyMigrations } from '../src/graph/migrations';
import { ExtractPool } from '../src/ingest/extract-pool';
import { articleFiles, readArticleFile } from '../src/ingest/files';
import type { ArticleInput } from '../src/ingest/input';
import { ingestMany, manyDefaults } from '../src/ingest/ingest-many';
import { projectRoot } from '../src/paths';
import { processCpuMs } from './measure';
import { generatedArticles, generatedWorldScale } from './generate/articles';
import { benchDatabase, choiceOption, machine, median, numberOption, writeResults } from './support';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = numberOption(args, 'articles', 1000);
  const groupSize = numberOption(args, 'group', manyDefaults.groupSize);
  const workers = numberOption(args, 'workers', cpus().length);
  const runs = numberOption(args, 'runs', 3);
  const source = choiceOption(args, 'source', ['sample', 'generated'] as const);
  const articles = source === 'generated' ? generatedArticles(count) : sampleArticles(count);
  const db = await benchDatabase();
  const perRun: {
    seconds: number;
    articlesPerSecond: number;
    facts: number;
    entities: number;
    failed: number;
    loadavg: number;
    nodeCpuMsPerArticle: number;
    neo4jCpuMsPerArticle: number | null;
  }[] = [];
  const pool = new ExtractPool({ size: workers, timeoutMs: 60_000 });
  try {
    for (let run = 1; run <= runs; run++) {
      await db.graph.runAutoCommit(
        'MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
      );
      await applyMigrations(db.graph);
      const settings = {
        graph: db.graph,
        maxBytes: 1_048_576,
        extract: pool.extract.bind(pool),
      };
      let failed = 0;
      const started = performance.now();
      const loadBefore = loadavg()[0]!;
      const cpuBefore = process.cpuUsage();
      const neo4jCpuBefore = processCpuMs(db.pid());
      await ingestMany(
        settings,
        articles.map((article, i) => ({ name: `article ${i + 1}`, read: () => article })),
        {
          ...manyDefaults,
          groupSize,
          readAhead: 3 * groupSize,
          by: systemAuthor,
          onResult: (_source, result) => {
            if (result.status === 'rejected') failed += 1;
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const neo4jCpuAfter = processCpuMs(db.pid());
      const [counts] = await db.graph.runAutoCommit(
        'CALL () { MATCH (e:Entity) RETURN count(e) AS entities } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts } RETURN entities, facts',
      );
      perRun.push({
        seconds,
        articlesPerSecond: count / seconds,
        facts: Number(counts!.facts),
        entities: Number(counts!.entities),
        failed,
        // The 1-minute load average, before and after the run: how busy the machine was.
        loadavg: (loadBefore + loadavg()[0]!) / 2,
        // This process and its extraction workers, not Neo4j.
        nodeCpuMsPerArticle: (cpu.user + cpu.system) / 1000 / count,
        // The local Neo4j's java process (null with NEO4J_URI set: not ours to watch).
        neo4jCpuMsPerArticle:
          neo4jCpuBefore === null || neo4jCpuAfter === null ? null : (neo4jCpuAfter - neo4jCpuBefore) / count,
      });
      const last = perRun.at(-1)!;
      process.stderr.write(
        `run ${run}: ${count} articles in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(1)} articles/s, ${failed} failed, load ${loadavg()[0]!.toFixed(1)}, ` +
          `CPU ms/article Node ${last.nodeCpuMsPerArticle.toFixed(1)} Neo4j ${last.neo4jCpuMsPerArticle?.toFixed(1) ?? 'n/a'}\n`,
      );
    }
  } finally {
    await pool.close();
    await db.close();
  }
  const result = {
    benchmark: 'ingest',
    articles: count,
    source,
    groupSize,
    workers,
    runs: perRun,
    medianArticlesPerSecond: median(perRun.map((r) => r.articlesPerSecond)),
    machine: machine(),
    at: new Date().toISOString(),
  };
  const markdown =
    `# Ingest throughput\n\n${count} articles (${source === 'generated' ? `generated news items about a world of ${generatedWorldScale.toLocaleString('en')} entities` : 'sample corpus, each made unique'}), ${workers} extraction workers, ` +
    `${groupSize} articles per transaction, ${runs} runs, commit ${result.machine.commit}, ${result.machine.cpus} cores.\n\n` +
    `| run | seconds | articles/s | entities | facts | failed | load average | Node CPU ms/article | Neo4j CPU ms/article |\n|---|---|---|---|---|---|---|---|---|\n` +
    perRun
      .map(
        (r, i) =>
          `| ${i + 1} | ${r.seconds.toFixed(1)} | ${r.articlesPerSecond.toFixed(1)} | ${r.entities} | ${r.facts} | ${r.failed} | ${r.loadavg.toFixed(1)} | ${r.nodeCpuMsPerArticle.toFixed(1)} | ${r.neo4jCpuMsPerArticle?.toFixed(1) ?? 'n/a'} |`,
      )
      .join('\n') +
    `\n\nMedian: **${result.medianArticlesPerSecond.toFixed(1)} articles/s**\n`;
  writeResults(source === 'generated' ? 'ingest-generated' : 'ingest', result, markdown);
  process.stdout.write(markdown);
}

/** The sample corpus repeated, each article made unique by one added sentence. */
function sampleArticles(count: number): ArticleInput[] {
  const corpus = articleFiles([join(projectRoot, 'corpus')]).map(readArticleFile);
  return Array.from({ length: count }, (_, i) => {
    const base = corpus[i % corpus.length]!;
    return { ...base, text: `${base.text}\n\nBulletin number ${i + 1} of the regional press office.` };
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench ingest: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
