/**
 * The folded matching key used for entity resolution everywhere, and a
 * similarity score for misspellings. Folding removes what spelling conventions
 * vary on (script, diacritics, kh/h, y/i, doubled letters, apostrophes), so
 * "Khairullo Bozarov", "Khayrullo Bozorov" and "Хайрулло Бозоров" end up equal
 * or close, while distinct words keep distinct keys.
 */
import { distance } from 'fastest-levenshtein';
import { transliterate } from 'transliteration';

/** Russian-specific transliteration that the generic table renders differently (ISO-9-ish → common Latin). */
const cyrillicToLatin: [string, string][] = [
  ['х', 'kh'],
  ['Х', 'Kh'],
  ['ц', 'ts'],
  ['Ц', 'Ts'],
  ['й', 'y'],
  ['Й', 'Y'],
  ['ы', 'y'],
  ['ж', 'zh'],
  ['Ж', 'Zh'],
  ['ё', 'yo'],
  ['Ё', 'Yo'],
  ['ю', 'yu'],
  ['Ю', 'Yu'],
  ['я', 'ya'],
  ['Я', 'Ya'],
  ['щ', 'shch'],
  ['ъ', ''],
  ['ь', ''],
];

/** Cyrillic to readable Latin, for canonical names of Russian texts ("Бейбут" → "Beybut"). */
export function toLatin(text: string): string {
  return transliterate(text, { replace: cyrillicToLatin });
}

/** Ordered spelling folds applied to the lower-case Latin form. */
const folds: [RegExp, string][] = [
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/dj|dzh/g, 'j'],
  [/zh/g, 'j'],
  [/q/g, 'k'],
  [/ou/g, 'u'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ts|tz/g, 'c'],
  [/[yj](?=[aeiou])/g, 'i'],
  [/y/g, 'i'],
  [/(?<=[aeiou])i(?=[aeiou])/g, ''],
  [/(.)\1+/g, '$1'],
];

export function foldKey(text: string): string {
  let key = toLatin(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  key = key
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9\s-]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of folds) key = key.replace(pattern, replacement);
  return key;
}

/** 0..1: one minus the Levenshtein distance of the folded keys over the longer length. */
export function similarity(a: string, b: string): number {
  return keySimilarity(foldKey(a), foldKey(b));
}

/** similarity() of two keys that are already folded (folding is most of its cost). */
export function keySimilarity(x: string, y: string): number {
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return 1 - distance(x, y) / longest;
}
