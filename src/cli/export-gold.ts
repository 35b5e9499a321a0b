/**
 * `npm run export-gold -- <folder> [--partly-reviewed | --all] [--include-unreviewed] [--documents id,id]
 * [--language xx] [--force]`: writes reviewed documents as evaluation data, NAME.txt (the text as stored) and
 * NAME.gold.json (the format `npm run eval` reads): every document whose facts a reviewer has all judged
 * (--partly-reviewed: every one with a judged fact; --all: every document), its
 * entities as the graph has them and, as relations, the facts a reviewer accepted or corrected
 * (--include-unreviewed: also those nobody judged yet; rejected facts never). Existing files are not
 * overwritten without --force; usage errors exit with code 2.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { provideNeo4j } from '../database/provide';
import { openGraph, type Graph } from '../graph/driver';
import { listGoldDocuments, readGoldDocument } from '../graph/export-gold';
import { waitForDatabase } from '../graph/readiness';
import { isLanguage, languages, type Language } from '../ingest/languages';
import { createLogger } from '../log';
import { documentText, goldFileBase, goldOf, shortId } from './gold-document';

const usage =
  'usage: npm run export-gold -- <folder> [--partly-reviewed | --all] [--include-unreviewed] [--documents id,id] ' +
  `[--language ${languages.join('|')}] [--force]`;

export interface ExportGoldOptions {
  folder: string;
  /** Every selected document, not only the reviewed ones. */
  all: boolean;
  /** Documents with a judged fact, not only those whose facts are all judged. */
  partlyReviewed: boolean;
  /** Unreviewed facts become relations too (rejected ones never do). */
  includeUnreviewed: boolean;
  /** Only these documents (null: all). */
  documentIds: string[] | null;
  language: Language | null;
  /** Overwrite files that exist. */
  force: boolean;
}

/** The options, or the usage error to report. */
export function parseArgs(argv: readonly string[]): ExportGoldOptions | string {
  const args = [...argv];
  let folder: string | undefined;
  const options = { all: false, partlyReviewed: false, includeUnreviewed: false, force: false };
  let documentIds: string[] | null = null;
  let language: Language | null = null;
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--all') options.all = true;
    else if (arg === '--partly-reviewed') options.partlyReviewed = true;
    else if (arg === '--include-unreviewed') options.includeUnreviewed = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--documents') {
      const ids = (args.shift() ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
      if (ids.length === 0) return '--documents needs a comma-separated list of document ids';
      documentIds = [...new Set(ids)];
    } else if (arg === '--language') {
      const value = args.shift() ?? '';
      if (!isLanguage(value)) return `--language must be one of ${languages.join(', ')}, not ${JSON.stringify(value)}`;
      language = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (folder !== undefined) return `unexpected argument ${arg}`;
    else folder = arg;
  }
  if (folder === undefined) return 'missing <folder>';
  if (options.all && options.partlyReviewed) return '--all and --partly-reviewed exclude each other';
  return { folder, documentIds, language, ...options };
}

/** A refusal that is the caller's to fix: reported with its exit code, without a stack. */
class ExportRefused extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

type Print = (line: string) => void;

/** Exports the selected documents into options.folder; prints one line per document and a summary. */
export async function exportGold(graph: Graph, options: ExportGoldOptions, out: Print): Promise<void> {
  const { folder, documentIds, language, all, partlyReviewed, includeUnreviewed, force } = options;
  const found = await listGoldDocuments(graph, { documentIds, language });
  const unknown = (documentIds ?? []).filter((id) => !found.some((d) => d.id === id));
  if (unknown.length > 0) {
    throw new ExportRefused(
      `--documents: no document ${unknown.join(', ')}${language ? ` in language ${language}` : ''}`,
      2,
    );
  }
  // A document reviewed in part would be gold in part: eval would count the facts nobody judged yet
  // as spurious when the extractor finds them. So by default only documents reviewed to the end.
  // Asking for the unreviewed facts asks for documents that have some.
  const partly = partlyReviewed || includeUnreviewed;
  const chosen = found.filter((d) => all || (d.judged && (partly || d.unreviewed === 0)));
  // Asked for by id but not reviewed: say why it is not written (an unasked one is simply not chosen).
  if (documentIds) {
    for (const d of found.filter((d) => !chosen.includes(d))) {
      out(
        d.judged
          ? `- ${d.id}: ${d.unreviewed} facts not judged yet, skipped (--partly-reviewed exports it)`
          : `- ${d.id}: no judged fact, skipped (--all exports it)`,
      );
    }
  }
  if (chosen.length === 0) {
    const why = partly
      ? 'none has a judged fact; --all exports every document'
      : 'none is reviewed to the end; --partly-reviewed exports those with a judged fact, --all every document';
    out(`no document to export${all ? '' : ` (${why})`}`);
    return;
  }

  const bases = new Set<string>();
  const files = chosen.map((d) => {
    // Two documents with one title and one id prefix would share a name: the second takes its whole id.
    let base = goldFileBase(d);
    if (bases.has(base)) base = `${base.slice(0, -shortId(d.id).length)}${d.id.replace(/^doc_/, '')}`;
    bases.add(base);
    return { document: d, base, text: join(folder, `${base}.txt`), gold: join(folder, `${base}.gold.json`) };
  });
  if (!force) {
    const existing = files.flatMap((f) => [f.text, f.gold]).filter((path) => existsSync(path));
    if (existing.length > 0) {
      throw new ExportRefused(`refusing to overwrite ${existing.join(', ')} (--force overwrites)`, 1);
    }
  }

  mkdirSync(folder, { recursive: true });
  const totals = { ACCEPTED: 0, EDITED: 0, unreviewed: 0 };
  let leftOut = 0;
  let written = 0;
  for (const file of files) {
    const row = await readGoldDocument(graph, file.document.id, { includeUnreviewed });
    if (!row) {
      out(`- ${file.document.id}: deleted meanwhile, skipped`);
      continue;
    }
    const { text, rebuilt } = documentText(row);
    const gold = goldOf(row, text);
    writeFileSync(file.text, text);
    writeFileSync(file.gold, `${JSON.stringify(gold, null, 2)}\n`);
    written += 1;
    const states = { ACCEPTED: 0, EDITED: 0, unreviewed: 0 };
    for (const relation of row.relations) states[relation.reviewState ?? 'unreviewed'] += 1;
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += states[key];
    // A document reviewed in part is gold in part: the facts nobody judged are not in it, so eval
    // counts their extraction as spurious. Say how many, so the reader knows.
    const notJudged = includeUnreviewed ? 0 : row.unreviewed;
    leftOut += notJudged;
    out(
      `+ ${join(folder, file.base)}: ${row.document.id} (${row.document.language}): ` +
        `${gold.entities.length} entities, ${gold.relations.length} relations (${describeStates(states, notJudged)})` +
        (rebuilt ? '; text rebuilt from its sentences' : ''),
    );
  }
  const relations = totals.ACCEPTED + totals.EDITED + totals.unreviewed;
  out(
    `${written} document${written === 1 ? '' : 's'} written to ${folder}: ` +
      `${relations} relations (${describeStates(totals, leftOut)})`,
  );
}

function describeStates(states: { ACCEPTED: number; EDITED: number; unreviewed: number }, leftOut: number): string {
  const parts = [`${states.ACCEPTED} accepted`, `${states.EDITED} edited`];
  if (states.unreviewed > 0) parts.push(`${states.unreviewed} unreviewed`);
  const judged = parts.join(', ');
  return leftOut > 0 ? `${judged}; ${leftOut} unreviewed facts left out` : judged;
}

/** An open graph and how to let it go. */
export interface GraphConnection {
  graph: Graph;
  close(): Promise<void>;
}

/** The database of the configuration (NEO4J_URI, or the local launcher started for this run). */
async function connectFromConfig(): Promise<GraphConnection> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 'silkgraph-export-gold');
  const neo4j = await provideNeo4j(config);
  const graph = openGraph(
    { ...neo4j, queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS, retryTimeMs: config.NEO4J_RETRY_TIME_MS },
    log,
  );
  const close = async () => {
    await graph.close();
    await neo4j.stop();
  };
  try {
    await waitForDatabase(graph, config.NEO4J_STARTUP_TIMEOUT_MS);
  } catch (error) {
    await close();
    throw error;
  }
  return { graph, close };
}

export async function main(
  argv: string[],
  out: Print,
  err: Print,
  connect: () => Promise<GraphConnection> = connectFromConfig,
): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    err(`${options}\n${usage}`);
    return 2;
  }
  if (existsSync(options.folder) && !statSync(options.folder).isDirectory()) {
    err(`not a folder: ${options.folder}\n${usage}`);
    return 2;
  }
  const { graph, close } = await connect();
  try {
    await exportGold(graph, options, out);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportRefused)) throw error;
    err(error.exitCode === 2 ? `${error.message}\n${usage}` : error.message);
    return error.exitCode;
  } finally {
    await close();
  }
}

if (require.main === module) {
  main(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  ).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `silkgraph export-gold: ${error instanceof ConfigError ? error.message : (error as Error).message}\n`,
      );
      process.exit(1);
    },
  );
}
