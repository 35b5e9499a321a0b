/**
 * Ingests many articles (a folder) fast, with the guarantees of ingesting them
 * one after the other:
 *
 * 1. resume: articles are read and hashed a batch at a time and their hashes
 *    checked against the graph in one query, so content already there (a run
 *    that was interrupted, the same folder again) is reported unchanged
 *    without being extracted;
 * 2. extraction runs in the worker pool, up to `readAhead` articles ahead of
 *    the writer;
 * 3. the writer takes the extracted articles in their order, `groupSize` per
 *    write transaction (ingest-group.ts): each is resolved against the graph
 *    its predecessors wrote, has its own change entry, lands or fails alone.
 */
import type { Graph } from '../graph/driver';
import { contentHash } from '../model/ids';
import { alreadyThere, prepareArticle, type IngestResult, type IngestSettings, type PreparedArticle } from './ingest';
import { settle, writeArticleGroup } from './ingest-group';
import { validateArticle, type Article, type ArticleInput } from './input';

export interface ManySource {
  /** How results name it (a file path). */
  name: string;
  /** Reads it; called a batch at a time, just before its hash is checked. */
  read(): ArticleInput;
}

export interface IngestManyOptions {
  /** Articles per write transaction. */
  groupSize: number;
  /** Articles extracted (or extracting) ahead of the writer; at least groupSize. */
  readAhead: number;
  /** Articles read and hash-checked per query. */
  checkBatch: number;
  by: string;
  /** Called once per source, in the sources' order (a result waits for those of the sources before it). */
  onResult(source: ManySource, result: PromiseSettledResult<IngestResult>): void;
}

export const manyDefaults = { groupSize: 32, checkBatch: 256 };

interface Pending {
  index: number;
  prepared: Promise<PromiseSettledResult<PreparedArticle>>;
}

type Settled = PromiseSettledResult<IngestResult>;

/** Hands results on in the sources' order, whatever order they come in. */
function inOrder(sources: ManySource[], onResult: IngestManyOptions['onResult']) {
  const waiting = new Map<number, Settled>();
  let next = 0;
  return (index: number, result: Settled) => {
    waiting.set(index, result);
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next);
      onResult(sources[next]!, ready);
      next += 1;
    }
  };
}

export async function ingestMany(
  settings: IngestSettings,
  sources: ManySource[],
  options: IngestManyOptions,
): Promise<void> {
  const report = inOrder(sources, options.onResult);
  const ahead: Pending[] = [];
  const writeNextGroup = async () => {
    const group = ahead.splice(0, options.groupSize);
    const extracted: { index: number; prepared: PreparedArticle }[] = [];
    for (const { index, prepared } of group) {
      const settled = await prepared;
      if (settled.status === 'fulfilled') extracted.push({ index, prepared: settled.value });
      else report(index, settled);
    }
    const results = await writeArticleGroup(
      settings.graph,
      extracted.map((e) => e.prepared),
      options.by,
    );
    results.forEach((result, i) => report(extracted[i]!.index, result));
  };

  for (let start = 0; start < sources.length; start += options.checkBatch) {
    const batch = await checked(settings, sources.slice(start, start + options.checkBatch));
    for (const [offset, item] of batch.entries()) {
      const index = start + offset;
      if ('result' in item) report(index, item.result);
      else ahead.push({ index, prepared: settle(prepareArticle(settings, item.article)) });
      while (ahead.length >= Math.max(options.readAhead, options.groupSize)) await writeNextGroup();
    }
  }
  while (ahead.length > 0) await writeNextGroup();
}

type Checked = { article: Article } | { result: Settled };

/** Reads and validates a batch; the articles whose content the graph holds get their result at once. */
async function checked(settings: IngestSettings, batch: ManySource[]): Promise<Checked[]> {
  const read = batch.map((source): Checked => {
    try {
      return { article: validateArticle(source.read(), settings.maxBytes) };
    } catch (reason) {
      return { result: { status: 'rejected', reason } };
    }
  });
  const known = await documentsByHash(
    settings.graph,
    read.flatMap((item) => ('article' in item ? [contentHash(item.article.text)] : [])),
  );
  return read.map((item) => {
    if (!('article' in item)) return item;
    const id = known.get(contentHash(item.article.text));
    return id ? { result: { status: 'fulfilled', value: alreadyThere(item.article, id) } } : item;
  });
}

async function documentsByHash(graph: Graph, contentHashes: string[]): Promise<Map<string, string>> {
  if (contentHashes.length === 0) return new Map();
  const rows = await graph.read('ingest/documents-by-hash', { contentHashes: [...new Set(contentHashes)] });
  return new Map(rows.flatMap((row) => (row.id ? [[row.contentHash, row.id] as const] : [])));
}
