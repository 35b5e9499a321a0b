/**
 * What the person stages share about one sentence: its tokens, the name
 * chunker, the lexicon's connecting words as regular expressions, and how a
 * person candidate is made from a run of tokens.
 */
import type { ArticleContext, Candidate } from '../context';
import { personName } from '../naming';
import { isTitleCase, type NameChunker, type Token } from './name-chunker';

export interface SentenceScan {
  context: ArticleContext;
  list: Token[];
  chunker: NameChunker;
  /** Names in title-case headlines are at most two words ("Governor Ali Veli Visits Bern"). */
  maxWords: number;
  article: RegExp;
  connector: RegExp;
  /** The word before a portfolio ("for", "für", "по"). */
  portfolio: RegExp;
  /** Articles before a title in apposition ("the", "der"). */
  apposition: RegExp;
  /** The list conjunction ("and", "und", "и"). */
  conjunction: RegExp;
  taken: (offset: number) => boolean;
}

function wordsPattern(source: string): RegExp {
  return new RegExp(`^(?:${source || '(?!)'})$`, 'iu');
}

export function sentenceScan(
  context: ArticleContext,
  list: Token[],
  chunker: NameChunker,
  taken: (offset: number) => boolean,
): SentenceScan {
  const lexicon = context.lexicon;
  return {
    context,
    list,
    chunker,
    maxWords: isTitleCase(list, lexicon) ? 2 : 3,
    article: wordsPattern(lexicon.complementArticles),
    connector: wordsPattern(lexicon.titleConnectors),
    portfolio: wordsPattern(lexicon.portfolioWord),
    apposition: wordsPattern(lexicon.appositionArticles),
    conjunction: wordsPattern(lexicon.conjunction),
    taken,
  };
}

/** A person candidate from first to last token; `nominative` when a title shows the name is not declined. */
export function makeCandidate(
  context: ArticleContext,
  sentenceIndex: number,
  first: Token,
  last: Token,
  rule: string,
  confidence: number,
  nominative = false,
): Candidate {
  const surface = context.text.slice(first.start, last.end);
  const name = personName(surface, context.language, nominative);
  return {
    start: first.start,
    end: last.end,
    surface,
    sentenceIndex,
    kind: 'Person',
    roles: [],
    name,
    base: name,
    rule,
    confidence,
  };
}
