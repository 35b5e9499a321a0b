/**
 * `npm run extract -- <file> [--language xx] [--published YYYY-MM-DD]`: one JSON
 * object on stdout in the gold shape, with rules, confidences and mentions.
 * Usage errors exit with code 2. An .html/.htm file is converted to text first.
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../ingest/extract-article';
import { toGoldShape } from '../ingest/gold-shape';
import { htmlToText } from '../ingest/html';
import { supportedLanguages } from '../ingest/language';
import type { Language } from '../ingest/types';
import { runScript } from './script';

const usage = `usage: npm run extract -- <file> [--language ${supportedLanguages.join('|')}] [--published YYYY-MM-DD]`;

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const args = [...argv];
  let file: string | undefined;
  let language: Language | undefined;
  let publishedAt: string | undefined;
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--language') {
      const value = args.shift() ?? '';
      if (!(supportedLanguages as readonly string[]).includes(value))
        return fail(err, `unsupported language ${JSON.stringify(value)}`);
      language = value as Language;
    } else if (arg === '--published') {
      publishedAt = args.shift();
      if (!publishedAt || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt))
        return fail(err, '--published needs a date YYYY-MM-DD');
    } else if (arg.startsWith('--') || file) {
      return fail(err, `unexpected argument ${arg}`);
    } else file = arg;
  }
  if (!file) return fail(err, 'missing <file>');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fail(err, `cannot read ${file}`);
  }
  if (/\.html?$/i.test(file)) text = htmlToText(text);
  out(JSON.stringify(toGoldShape(extractArticle(text, { language, publishedAt })), null, 2));
  return 0;
}

function fail(err: (line: string) => void, message: string): number {
  err(`${message}\n${usage}`);
  return 2;
}

if (require.main === module) runScript(main);
