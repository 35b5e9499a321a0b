/**
 * What the extraction stages share: the article, its language's lexicon, and
 * the candidate mentions they produce before resolution.
 */
import type { EntityKind, Role } from '../../model';
import type { Language, Sentence } from '../types';
import type { LanguagePack } from '../languages';

export interface ArticleContext {
  text: string;
  language: Language;
  lexicon: LanguagePack;
  sentences: Sentence[];
  /** YYYY-MM-DD, from the options or the dateline. */
  publishedAt?: string;
}

export interface Candidate {
  sentenceIndex: number;
  start: number;
  end: number;
  surface: string;
  kind: EntityKind;
  roles: Role[];
  /** Canonical name this mention proposes. */
  name: string;
  /** The bare name that resolution groups on ("Fergana" for "the Ferghana region"). */
  base: string;
  rule: string;
  confidence: number;
  /** A bare place name that may be a city or a region of that name; resolution decides. */
  ambiguousPlace?: boolean;
  /** ISO code of a country mention. */
  countryCode?: string;
}

/** A capitalised name token in Latin or Cyrillic script, including hyphenated parts and a trailing year. */
export const NAME_TOKEN = String.raw`\p{Lu}[\p{L}\p{M}'’‘\-]*(?:-\d+)?`;

/** The index of the sentence that holds `offset`, or -1; a binary search, as the sentences are in text order and do not overlap. */
export function sentenceAt(context: ArticleContext, offset: number): number {
  const { sentences } = context;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence.index;
  }
  return -1;
}

/** Every match of a global regex over the sentences, with absolute offsets. */
export function* matchSentences(
  context: ArticleContext,
  pattern: RegExp,
): Generator<{ match: RegExpExecArray; sentenceIndex: number; offset: number }> {
  for (const sentence of context.sentences) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      yield { match, sentenceIndex: sentence.index, offset: sentence.start + match.index };
      if (match[0].length === 0) pattern.lastIndex += 1;
    }
  }
}

/** The span of capture group `group` of a match made with the `d` flag. */
export function spanOf(
  context: ArticleContext,
  hit: { match: RegExpExecArray; offset: number },
  group: number,
): { start: number; end: number; surface: string } {
  const [from, to] = hit.match.indices?.[group] ?? [hit.match.index, hit.match.index + hit.match[0].length];
  const start = hit.offset - hit.match.index + from;
  const end = hit.offset - hit.match.index + to;
  return { start, end, surface: context.text.slice(start, end) };
}
