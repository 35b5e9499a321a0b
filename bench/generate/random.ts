/**
 * Deterministic randomness for the generator: a seeded PRNG (mulberry32),
 * heavy-tailed picks (a few hubs, a long tail, as in news), and pronounceable
 * names that are unique by construction (the index is spelt in syllables).
 */
export type Random = () => number;

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An index in [0, n): index 0 is picked most, then 1, ... (u^skew puts the mass near 0). */
export const skewed = (random: Random, n: number, skew = 3): number =>
  Math.min(n - 1, Math.floor(n * random() ** skew));

export const uniform = (random: Random, n: number): number => Math.floor(random() * n);

export const pickOne = <T>(random: Random, items: readonly T[]): T => items[uniform(random, items.length)]!;

const syllables = [
  'ka',
  'ra',
  'zan',
  'dil',
  'mur',
  'sha',
  'tol',
  'bek',
  'nor',
  'ul',
  'fer',
  'gan',
  'sam',
  'ar',
  'kand',
  'bo',
  'kho',
  'ji',
  'zar',
  'tem',
  'lin',
  'vol',
  'gor',
  'ost',
  'mar',
  'len',
  'dor',
  'ab',
  'rus',
  'tash',
  'nam',
  'gi',
  'ko',
  'yu',
  'sur',
  'khan',
  'da',
  'ris',
  'vel',
  'mon',
] as const;

/** A word made of syllables spelling `n` in base 40, at least `min` syllables long, capitalised. */
export function word(n: number, min = 2): string {
  const parts: string[] = [];
  let rest = n;
  do {
    parts.push(syllables[rest % syllables.length]!);
    rest = Math.floor(rest / syllables.length);
  } while (rest > 0 || parts.length < min);
  const text = parts.join('');
  return text[0]!.toUpperCase() + text.slice(1);
}
