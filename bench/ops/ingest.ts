/**
 * ingestDocument: an article of the sample corpus made unique by one added
 * sentence, through the whole pipeline (extract, resolve against the graph,
 * one write transaction). The floor is the same pipeline called in-process
 * (src/ingest/ingest.ts over the same statements) without HTTP or GraphQL.
 */
import { join } from 'node:path';
import { articleFiles, readArticleFile } from '../../src/ingest/files';
import { ingestArticle } from '../../src/ingest/ingest';
import { projectRoot } from '../../src/paths';
import type { BenchOp } from './types';

interface ArticleInput {
  text: string;
  title?: string;
}

let serial = 0;
const run = `${process.pid}-${Date.now()}`;
/** A unique text for every request, so that no ingest is a no-op. */
const unique = (article: ArticleInput): ArticleInput => ({
  ...article,
  text: `${article.text}\n\nBulletin ${++serial} (${run}) of the regional press office.`,
});

export const ingestOp: BenchOp<ArticleInput> = {
  name: 'ingest',
  description: 'ingestDocument(input: article) { status documentId factsCreated }',
  writes: true,
  inputs: async () =>
    articleFiles([join(projectRoot, 'corpus')])
      .map(readArticleFile)
      .filter((a) => typeof a.text === 'string')
      .map((a) => ({ text: a.text!, title: a.title })),
  graphql: (article) => ({
    query:
      'mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status documentId factsCreated } }',
    variables: { input: unique(article) },
  }),
  floor: {
    run: (graph, article) => ingestArticle({ graph, maxBytes: 1_048_576 }, unique(article)),
  },
};
