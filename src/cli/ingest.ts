/**
 * `npm run ingest -- <files or folders> [--language xx] [--group n]`: ingests
 * articles (.txt, .html) with a progress bar showing articles per second, one
 * result line per file and a summary. Files go through the folder ingest
 * (ingest-many.ts): files already in the graph are skipped before extraction
 * (so a second run resumes an interrupted one), extraction runs in a worker per
 * core, and --group articles share a write transaction. A failing file does not
 * stop the others; the exit code is 1 when any failed.
 */
import { SingleBar, Presets } from 'cli-progress';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { provideNeo4j } from '../database/provide';
import { SilkgraphError } from '../errors';
import { systemAuthor } from '../graph/audit/record-change';
import { openGraph } from '../graph/driver';
import { applyMigrations } from '../graph/migrations';
import { waitForDatabase } from '../graph/readiness';
import { llmEnrichment } from '../ingest/enrich';
import { ExtractPool } from '../ingest/extract-pool';
import { supportedLanguages } from '../ingest/language';
import { articleFiles, readArticleFile } from '../ingest/files';
import type { IngestResult } from '../ingest/ingest';
import { ingestMany, manyDefaults } from '../ingest/ingest-many';
import type { ExtractOptions } from '../ingest/types';
import { createLogger } from '../log';

const usage =
  `usage: npm run ingest -- <file or folder>... [--language ${supportedLanguages.join('|')}] ` +
  `[--group <articles per transaction, default ${manyDefaults.groupSize}>]`;

export function describeResult(file: string, result: IngestResult): string {
  if (result.status === 'unchanged') return `= ${file}: unchanged, already ingested as ${result.documentId}`;
  return (
    `+ ${file}: ${result.documentId} (${result.language}): ` +
    `entities ${result.entitiesCreated} added, ${result.entitiesMerged} merged; ` +
    `facts ${result.factsCreated} added, ${result.factsCorroborated} merged, ${result.factsSkipped} skipped`
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { language: { type: 'string' }, group: { type: 'string' } },
    allowPositionals: true,
  });
  const groupSize = Number(values.group ?? manyDefaults.groupSize);
  if (positionals.length === 0 || !Number.isInteger(groupSize) || groupSize < 1) {
    if (values.group !== undefined)
      process.stderr.write(`--group needs a whole number of 1 or more, got ${values.group}\n`);
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  let files: string[];
  try {
    files = articleFiles(positionals);
  } catch (error) {
    process.stderr.write(`silkgraph ingest: ${(error as Error).message}\n`);
    return 2;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 'silkgraph-ingest');
  const neo4j = await provideNeo4j(config);
  const graph = openGraph(
    { ...neo4j, queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS, retryTimeMs: config.NEO4J_RETRY_TIME_MS },
    log,
  );
  // A worker per core runs ahead of the writer; it gives the same time budget per article as the server.
  const pool = new ExtractPool({ size: cpus().length, timeoutMs: config.EXTRACT_TIMEOUT_MS });
  try {
    await waitForDatabase(graph, config.NEO4J_STARTUP_TIMEOUT_MS);
    await applyMigrations(graph);
    const settings = {
      graph,
      maxBytes: config.INGEST_MAX_BYTES,
      extract: (text: string, options: ExtractOptions) => pool.extract(text, options),
      enrich: llmEnrichment(config, log),
    };
    const bar = new SingleBar(
      {
        format: 'ingest [{bar}] {value}/{total} {rate} articles/s {file}',
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    const totals = { ingested: 0, unchanged: 0, failed: 0, entities: 0, merged: 0, facts: 0, skipped: 0 };
    const started = Date.now();
    const rate = (done: number) => (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
    bar.start(files.length, 0, { file: '', rate: '0.0' });
    let done = 0;
    await ingestMany(
      settings,
      files.map((file) => ({ name: file, read: () => ({ ...readArticleFile(file), language: values.language }) })),
      {
        ...manyDefaults,
        groupSize,
        readAhead: 3 * groupSize,
        by: systemAuthor,
        onResult: ({ name: file }, settled) => {
          if (settled.status === 'fulfilled') {
            const result = settled.value;
            totals[result.status] += 1;
            totals.entities += result.entitiesCreated;
            totals.merged += result.entitiesMerged;
            totals.facts += result.factsCreated;
            totals.skipped += result.factsSkipped;
            process.stdout.write(`${describeResult(file, result)}\n`);
          } else {
            const error = settled.reason as Error;
            if (!(error instanceof SilkgraphError)) log.error({ err: error, file }, 'ingest failed');
            totals.failed += 1;
            process.stdout.write(`! ${file}: failed: ${error.message}\n`);
          }
          done += 1;
          bar.update(done, { file, rate: rate(done) });
        },
      },
    );
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `${files.length} files in ${seconds.toFixed(1)} s (${rate(files.length)} articles/s): ${totals.ingested} ingested, ${totals.unchanged} unchanged, ${totals.failed} failed; ` +
        `${totals.entities} entities added, ${totals.merged} merged; ${totals.facts} facts added, ${totals.skipped} skipped\n`,
    );
    return totals.failed > 0 ? 1 : 0;
  } finally {
    await pool.close();
    await graph.close();
    await neo4j.stop();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `silkgraph ingest: ${error instanceof ConfigError ? error.message : (error as Error).message}\n`,
      );
      process.exit(1);
    },
  );
}
