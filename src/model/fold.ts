/**
 * The folded matching key used for entity resolution everywhere, and a
 * similarity score for misspellings. Folding removes what spelling conventions
 * vary on (script, diacritics, kh/h, y/i, doubled letters, apostrophes), so
 * "Khairullo Bozarov", "Khayrullo Bozorov" and "Хайрулло Бозоров" end up equal
 * or close, while distinct words keep distinct keys. What names differ by is
 * never folded away: every digit ("Block 22" is not "Block 2"), a decimal point
 * between digits ("1.5" is not "15"), Roman numerals ("Plant II" is not
 * "Plant I"), and a name in a script the transliteration does not know keeps its
 * own letters rather than folding to nothing. Stored keys, and the graph ids
 * that hash them, depend on this function: a change to it needs a data
 * migration like cypher/schema/009-entity-keys-v2 (src/graph/entity-keys-migration.ts).
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
  // Doubled letters only: digits are never folded.
  [/([a-z])\1+/g, '$1'],
];

/**
 * Plain ASCII has nothing to transliterate or decompose (toLatin and NFD leave it as it is), and
 * skipping both is most of folding's cost: a search ranks up to 100 candidate names a request.
 */
const ascii = /^[\p{ASCII}]*$/u;

/** A Roman numeral up to 39 (i … xxxix) as a whole word: a number, so spelt exactly. */
const romanNumeral = /^x{0,3}(ix|iv|v?i{0,3})$/;

function foldWord(word: string): string {
  if (romanNumeral.test(word)) return word;
  for (const [pattern, replacement] of folds) word = word.replace(pattern, replacement);
  return word;
}

export function foldKey(text: string): string {
  return foldLatin(ascii.test(text) ? text : withoutMarks(text), text);
}

/** The text in Latin letters without diacritics: the slow part of folding, needed only beyond ASCII. */
export const withoutMarks = (text: string): string => toLatin(text).normalize('NFD').replace(/\p{M}/gu, '');

/** foldKey of a text already in Latin letters without marks (latin), with the original text for a name in another script. */
export function foldLatin(latinText: string, text: string): string {
  const latin = latinText
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9.,\s-]/g, '')
    // A decimal or thousands mark between digits stays (as '.'): "1.5" and "15" are different numbers.
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, '')
    .replace(/,/g, '.');
  const words = latin.split(/[\s-]+/).filter((word) => word !== '');
  if (words.length === 0) return ownScriptKey(text);
  return words.map(foldWord).join(' ');
}

/**
 * The key of a name with no Latin letter or digit even after transliteration
 * (symbols, a script the table lacks): its own letters and digits, lower-case,
 * so that it neither folds to nothing nor collides with every other such name.
 * '' only when the name has no letter or digit at all.
 */
function ownScriptKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((word) => word !== '')
    .join(' ');
}

/** 0..1: one minus the Levenshtein distance of the folded keys over the longer length. */
export function similarity(a: string, b: string): number {
  return keySimilarity(foldKey(a), foldKey(b));
}

/**
 * The numbers a key states, in order ("plant 11" → "11"): digits, and Roman
 * numerals of two letters or more (a single i, v or x is as often an initial).
 */
const numbers = (key: string) =>
  key
    .split(' ')
    .flatMap((word) => (word.length > 1 && romanNumeral.test(word) ? [word] : (word.match(/\d+(?:\.\d+)*/g) ?? [])))
    .join(' ');

/**
 * similarity() of two keys that are already folded (folding is most of its cost).
 * Names that state different numbers ("Plant 11", "Plant 1") are not spelling
 * variants of each other, however close their letters: 0.
 */
export function keySimilarity(x: string, y: string): number {
  if (numbers(x) !== numbers(y)) return 0;
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return 1 - distance(x, y) / longest;
}
