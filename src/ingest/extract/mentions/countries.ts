/**
 * Country mentions from the i18n-iso-countries gazetteer, inflected forms
 * included. All names of a language compile into one alternation (longest
 * first), built once, so a 5 KB article costs one regex pass per sentence.
 */
import { countryPatterns, type CountryPattern } from '../../languages/shared/countries';
import { matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';
import type { Language } from '../../types';

interface Compiled {
  pattern: RegExp;
  /** The same pattern for one match in a phrase (countryIn): not global, so it keeps no state between calls. */
  first: RegExp;
  byGroup: CountryPattern[];
}

const compiled = new Map<Language, Compiled>();

function compile(language: Language): Compiled {
  let entry = compiled.get(language);
  if (!entry) {
    const byGroup = countryPatterns(language);
    const alternatives = byGroup.map((c) => `(${c.source})`).join('|');
    const source = `(?<![\\p{L}-])(?:${alternatives})(?![\\p{L}-])`;
    entry = { pattern: new RegExp(source, 'gdu'), first: new RegExp(source, 'u'), byGroup };
    compiled.set(language, entry);
  }
  return entry;
}

/** "долларов США", "US dollars", "US-Dollar": a country name that is part of a currency is no mention. */
function inCurrency(context: ArticleContext, start: number, end: number): boolean {
  const words = context.lexicon.currencies.map(([word]) => word).join('|');
  const before = new RegExp(`(?:${words})\\s*$`, 'iu').test(context.text.slice(Math.max(0, start - 14), start));
  const after = new RegExp(`^[\\s-]*(?:${words})(?![\\p{L}])`, 'iu').test(context.text.slice(end, end + 14));
  return before || after;
}

export function findCountries(context: ArticleContext): Candidate[] {
  const { pattern, byGroup } = compile(context.language);
  const found: Candidate[] = [];
  for (const hit of matchSentences(context, pattern)) {
    const group = hit.match.findIndex((value, index) => index > 0 && value !== undefined);
    const country = byGroup[group - 1];
    if (!country) continue;
    const span = spanOf(context, hit, group);
    if (inCurrency(context, span.start, span.end)) continue;
    const asWritten = context.lexicon.countryAsWritten;
    const english = asWritten ? span.surface.replace(asWritten, '') : country.english;
    found.push({
      ...span,
      sentenceIndex: hit.sentenceIndex,
      kind: 'Country',
      roles: [],
      name: english,
      base: country.code,
      countryCode: country.code,
      rule: `${context.language}.gazetteer.country`,
      confidence: 0.95,
    });
  }
  return found;
}

/** The country a phrase names somewhere inside ("Посольство Казахстана" → KZ), if any. */
export function countryIn(text: string, language: Language): CountryPattern | undefined {
  // Built once per language: copying the pattern (hundreds of names) for every call was a cost of its own.
  const { first, byGroup } = compile(language);
  const match = first.exec(text);
  if (!match) return undefined;
  return byGroup[match.findIndex((value, index) => index > 0 && value !== undefined) - 1];
}
