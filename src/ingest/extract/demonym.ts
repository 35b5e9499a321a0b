/**
 * Nationality adjectives read against the countries an article names: "Latvian"
 * is Latvia's, "kasachische" Kasachstan's, "узбекский" Узбекистан's. The
 * adjective's stem (its ending from the lexicon taken off) must start one of the
 * country's names in the text; no country is ever created from an adjective.
 */
import { foldKey } from '../../model/fold';
import type { LanguagePack } from '../languages';

/** The index of the first country whose name or alias the adjective's stem starts. */
export function demonymOf(word: string, countries: readonly (readonly string[])[], lexicon: LanguagePack): number {
  const folded = foldKey(word);
  const stem = foldKey(word.replace(new RegExp(`(?:${lexicon.demonymEndings})$`, 'iu'), ''));
  if (stem.length < 4 || !/^\p{L}+$/u.test(word)) return -1;
  return countries.findIndex((names) =>
    names.some((name) => {
      const key = foldKey(name);
      return key !== folded && key.startsWith(stem);
    }),
  );
}
