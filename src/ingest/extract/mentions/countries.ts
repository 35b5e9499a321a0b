/** Country mentions from the i18n-iso-countries gazetteer, inflected forms included. */
import { countryPatterns } from '../lexicon/countries';
import { matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';

export function findCountries(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const country of countryPatterns(context.language)) {
    const pattern = new RegExp(`(?<![\\p{L}-])(${country.source})(?![\\p{L}-])`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      const span = spanOf(context, hit, 1);
      const english = context.language === 'en' ? span.surface : country.english;
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
  }
  return found;
}
