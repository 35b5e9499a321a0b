/**
 * The development split of a gold folder: per language, in sorted file order,
 * every third file (the 3rd, 6th, 9th, …) is held back for measurement only;
 * the rest is the tuned part, on which rules and confidences are developed.
 */
export type Part = 'tuned' | 'held';

export const parts: readonly Part[] = ['tuned', 'held'];

export interface Labelled {
  file: string;
  language: string;
}

/** Each file's part, keyed by file name. */
export function splitParts(items: readonly Labelled[]): Map<string, Part> {
  const byLanguage = new Map<string, string[]>();
  for (const { file, language } of items) byLanguage.set(language, [...(byLanguage.get(language) ?? []), file]);
  const result = new Map<string, Part>();
  for (const files of byLanguage.values()) {
    [...files].sort().forEach((file, i) => result.set(file, (i + 1) % 3 === 0 ? 'held' : 'tuned'));
  }
  return result;
}

/** The items of one part, in their given order. */
export function inPart<T extends Labelled>(items: readonly T[], part: Part): T[] {
  const split = splitParts(items);
  return items.filter((item) => split.get(item.file) === part);
}
