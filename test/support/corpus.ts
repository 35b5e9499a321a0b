/** The project's sample corpus (corpus/), read as the ingest CLI reads it. */
import { join } from 'node:path';
import { articleFiles, readArticleFile } from '../../src/ingest/files';
import type { ArticleInput } from '../../src/ingest/input';
import { projectRoot } from '../../src/paths';

export const corpusDir = join(projectRoot, 'corpus');

export function corpusArticle(name: string): ArticleInput {
  return readArticleFile(join(corpusDir, `${name}.txt`));
}

export function corpusArticles(): ArticleInput[] {
  return articleFiles([corpusDir]).map(readArticleFile);
}
