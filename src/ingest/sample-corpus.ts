/**
 * The sample corpus (corpus/), loaded at start into an empty graph so that a
 * new user can query at once.
 */
import { resolve } from 'node:path';
import type { Graph } from '../graph/driver';
import type { Logger } from '../log';
import { projectRoot } from '../paths';
import { articleFiles, readArticleFile } from './files';
import { systemAuthor } from '../graph/audit/record-change';
import { ingestArticle, type IngestSettings } from './ingest';

export async function loadSampleCorpusIfEmpty(
  graph: Graph,
  ingest: IngestSettings,
  folder: string,
  log: Logger,
): Promise<number> {
  const [row] = await graph.read('document-count');
  if (Number(row?.documents ?? 0) > 0) return 0;
  const files = articleFiles([resolve(projectRoot, folder)]);
  const started = Date.now();
  for (const file of files) await ingestArticle(ingest, readArticleFile(file), systemAuthor);
  log.info({ articles: files.length, ms: Date.now() - started }, 'sample corpus loaded into the empty graph');
  return files.length;
}
