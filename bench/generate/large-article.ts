/**
 * Large invented articles for measuring extraction against size: the
 * project's own sample articles of one language (corpus/, written for the
 * project), repeated in order until the text reaches the wanted size. Only
 * whole articles are added, so every sentence is one the rules were written
 * for; the text ends at the first article boundary at or past `bytes`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFiles } from '../../src/ingest/files';
import type { Language } from '../../src/ingest/types';
import { projectRoot } from '../../src/paths';

/** The sample articles of one language, in file-name order. */
export function sampleArticles(language: Language = 'en'): string[] {
  return articleFiles([join(projectRoot, 'corpus')])
    .filter((path) => path.split(/[\\/]/).at(-1)?.startsWith(`${language}-`))
    .map((path) => readFileSync(path, 'utf8').trim());
}

/** `articles` joined by blank lines, repeated until the text is at least `bytes` UTF-8 bytes long. */
export function largeArticle(bytes: number, articles: string[] = sampleArticles()): string {
  if (articles.length === 0) throw new Error('largeArticle: no sample articles to repeat');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const next = articles[i % articles.length]!;
    parts.push(next);
    size += Buffer.byteLength(next) + 2;
  }
  return parts.join('\n\n');
}
