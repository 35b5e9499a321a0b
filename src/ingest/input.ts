/**
 * What an article must be before extraction: non-empty text (plain, or HTML
 * stripped with a real parser) within the size limit, valid UTF-8 and not
 * binary, with an optional http(s) URL, an ISO publication date and a language
 * code. Problems are SilkgraphErrors naming the field; nothing is written.
 */
import { badInput } from '../errors';
import { refuseLoneSurrogates } from '../input-limits';
import { htmlToText } from './html';
import { isLanguage, languages, type Language } from './languages';

export const supportedLanguages: readonly Language[] = languages;

export interface ArticleInput {
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
}

export interface Article {
  text: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  language?: Language;
  warnings: string[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Decodes file bytes as UTF-8, refusing binary data and invalid sequences. */
export function decodeArticleBytes(bytes: Uint8Array, field = 'file'): string {
  if (bytes.includes(0)) throw badInput(field, 'looks like binary data (it contains NUL bytes), not an article');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badInput(field, 'is not valid UTF-8 text');
  }
}

export function validateArticle(input: ArticleInput, maxBytes: number): Article {
  const warnings: string[] = [];
  if (input.text !== undefined && input.html !== undefined)
    throw badInput('input', 'give either text or html, not both');
  const raw = input.text ?? input.html;
  if (raw === undefined) throw badInput('input.text', 'is required (or input.html)');
  const field = input.text !== undefined ? 'input.text' : 'input.html';
  const size = Buffer.byteLength(raw, 'utf8');
  if (size > maxBytes)
    throw badInput(field, `is ${size} bytes, over the limit of ${maxBytes} bytes (INGEST_MAX_BYTES)`);
  if (raw.includes('\u0000')) throw badInput(field, 'contains NUL characters: binary data is not an article');
  if (/\uFFFD/.test(raw)) throw badInput(field, 'contains U+FFFD replacement characters: the text was not valid UTF-8');
  refuseLoneSurrogates(field, raw);
  const text = (input.html !== undefined ? htmlToText(raw) : raw).replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw badInput(field, input.html !== undefined ? 'has no text once markup is removed' : 'is empty');
  // Zero-width spaces, BOMs and other invisible characters are not whitespace to trim(), so
  // an article of only them would be stored as an empty document: require a letter or digit.
  if (!/[\p{L}\p{N}]/u.test(text)) throw badInput(field, 'has no letters or digits (only invisible characters)');

  let url: string | undefined;
  if (input.url !== undefined && input.url !== '') {
    let parsed: URL;
    try {
      parsed = new URL(input.url);
    } catch {
      throw badInput('input.url', `${JSON.stringify(input.url)} is not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw badInput('input.url', 'must be an http or https URL');
    url = parsed.toString();
  }

  let publishedAt: string | undefined;
  if (input.publishedAt !== undefined && input.publishedAt !== '') {
    if (!isoDate.test(input.publishedAt) || Number.isNaN(Date.parse(input.publishedAt))) {
      throw badInput('input.publishedAt', `${JSON.stringify(input.publishedAt)} is not an ISO date such as 2024-02-12`);
    }
    publishedAt = input.publishedAt.slice(0, 10);
    if (new Date(`${publishedAt}T00:00:00Z`).toISOString().slice(0, 10) !== publishedAt) {
      throw badInput('input.publishedAt', `${JSON.stringify(input.publishedAt)} is not a calendar date`);
    }
  }

  let language: Language | undefined;
  if (input.language !== undefined && input.language !== '') {
    const code = input.language.toLowerCase();
    if (isLanguage(code)) language = code;
    else
      warnings.push(
        `language ${JSON.stringify(input.language)} is not supported (${supportedLanguages.join(', ')}); it was detected instead`,
      );
  }

  if (input.title !== undefined) refuseLoneSurrogates('input.title', input.title);
  const title = input.title?.trim() || undefined;
  if (title !== undefined && title.length > 1000) throw badInput('input.title', 'is longer than 1000 characters');
  return { text, title, url, publishedAt, language, warnings };
}
