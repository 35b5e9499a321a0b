/**
 * Ingest throughput: N articles (default 1,000) made from the sample corpus,
 * each made unique by one added sentence, ingested into an empty graph through
 * the real pipeline (extract, resolve, one transaction per article) with a
 * bounded number of articles in flight. Three runs; the median is reported.
 *
 *   npm run bench:ingest -- [--articles 1000] [--concurrency 4] [--runs 3]
 */
import { ingestArticle } from '../src/ingest/ingest';
import { articleFiles, readArticleFile } from '../src/ingest/files';
import { applyMigrations } from '../src/graph/migrations';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import { benchDatabase, machine, median, numberOption, writeResults } from './support';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const count = numberOption(args, 'articles', 1000);
  const concurrency = numberOption(args, 'concurrency', 4);
  const runs = numberOption(args, 'runs', 3);
  const corpus = articleFiles([join(projectRoot, 'corpus')]).map(readArticleFile);
  const articles = Array.from({ length: count }, (_, i) => {
    const base = corpus[i % corpus.length]!;
    return { ...base, text: `${base.text}\n\nBulletin number ${i + 1} of the regional press office.` };
  });

  const db = await benchDatabase();
  const perRun: { seconds: number; articlesPerSecond: number; facts: number; entities: number }[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      await db.graph.runAutoCommit(
        'MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
      );
      await applyMigrations(db.graph);
      const settings = { graph: db.graph, maxBytes: 1_048_576 };
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < articles.length) await ingestArticle(settings, articles[next++]!);
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const [counts] = await db.graph.runAutoCommit(
        'CALL () { MATCH (e:Entity) RETURN count(e) AS entities } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts } RETURN entities, facts',
      );
      perRun.push({
        seconds,
        articlesPerSecond: count / seconds,
        facts: Number(counts!.facts),
        entities: Number(counts!.entities),
      });
      process.stderr.write(
        `run ${run}: ${count} articles in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(1)} articles/s\n`,
      );
    }
  } finally {
    await db.close();
  }
  const result = {
    benchmark: 'ingest',
    articles: count,
    concurrency,
    runs: perRun,
    medianArticlesPerSecond: median(perRun.map((r) => r.articlesPerSecond)),
    machine: machine(),
    at: new Date().toISOString(),
  };
  const markdown =
    `# Ingest throughput\n\n${count} articles (sample corpus, each made unique), concurrency ${concurrency}, ${runs} runs, ` +
    `commit ${result.machine.commit}, ${result.machine.cpus} cores.\n\n| run | seconds | articles/s | entities | facts |\n|---|---|---|---|---|\n` +
    perRun
      .map(
        (r, i) =>
          `| ${i + 1} | ${r.seconds.toFixed(1)} | ${r.articlesPerSecond.toFixed(1)} | ${r.entities} | ${r.facts} |`,
      )
      .join('\n') +
    `\n\nMedian: **${result.medianArticlesPerSecond.toFixed(1)} articles/s**\n`;
  writeResults('ingest', result, markdown);
  process.stdout.write(markdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench ingest: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
