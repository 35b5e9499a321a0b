/**
 * Articles on disk: files or folders of .txt, .html and .htm files (gold
 * files and everything else are ignored), read as strict UTF-8.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeArticleBytes, type ArticleInput } from './input';

const articleExtensions = new Set(['.txt', '.html', '.htm']);

/** Every article file under the given paths, in name order; a path that does not exist throws. */
export function articleFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => articleExtensions.has(extname(name).toLowerCase()))
      .sort()
      .map((name) => join(path, name));
  });
}

export function readArticleFile(path: string): ArticleInput {
  const content = decodeArticleBytes(readFileSync(path), basename(path));
  const isHtml = ['.html', '.htm'].includes(extname(path).toLowerCase());
  return isHtml ? { html: content, title: basename(path) } : { text: content, title: basename(path) };
}
