/**
 * Nationality adjectives ("Kazakh", "chinesische", "казахстанская"): they say
 * which country something belongs to, so they are context, never an entity and
 * never the first word of a name ("the Kazakh company Allur" names "Allur";
 * "Chinese businessmen" names nobody).
 */
import type { LanguagePack } from '../../languages';

const compiled = new WeakMap<LanguagePack, RegExp>();

function pattern(lexicon: LanguagePack): RegExp {
  let found = compiled.get(lexicon);
  if (!found) {
    const alternatives = lexicon.demonyms.map(([source]) => `(?:${source})`).join('|');
    found = new RegExp(`^(?:${alternatives})$`, 'iu');
    compiled.set(lexicon, found);
  }
  return found;
}

export function isDemonym(lexicon: LanguagePack, word: string): boolean {
  return pattern(lexicon).test(word);
}

/** Words of a name with its leading nationality adjectives (and possessive countries: "Belarus’", "China’s") removed. */
export function withoutNationality(
  lexicon: LanguagePack,
  words: string[],
  isCountry: (word: string) => boolean,
): string[] {
  const rest = [...words];
  const possessive = (word: string): boolean => /['’]s?$/u.test(word) && isCountry(word.replace(/['’]s?$/u, ''));
  while (rest.length > 1 && (isDemonym(lexicon, rest[0] ?? '') || possessive(rest[0] ?? ''))) rest.shift();
  return rest;
}
