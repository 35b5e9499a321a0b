/**
 * Finding the model's strings in the article, verbatim: evidence quotes, and
 * entity names and aliases as whole words. Offsets are UTF-16 offsets into the
 * article text, end exclusive, like everything in src/ingest/types.ts.
 */
import type { Evidence, Sentence } from '../types';

export interface Span {
  sentenceIndex: number;
  start: number;
  end: number;
  surface: string;
}

const wordChar = /[\p{L}\p{N}]/u;

/** The sentence an offset falls in, if any. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end)?.index;
}

/** The first verbatim occurrence of a quote (outer white space ignored), or undefined. */
export function findEvidence(text: string, sentences: readonly Sentence[], quote: string): Evidence | undefined {
  const wanted = quote.trim();
  if (wanted === '') return undefined;
  const start = text.indexOf(wanted);
  if (start < 0) return undefined;
  const sentenceIndex = sentenceAt(sentences, start);
  if (sentenceIndex === undefined) return undefined;
  return { sentenceIndex, start, end: start + wanted.length, quote: wanted };
}

/**
 * Whole-word occurrences of each entity's surface forms. Longer forms claim
 * their spans first, across all entities, so "Fergana Region" is not also
 * counted as the city "Fergana". Returns one list of spans per entity.
 */
export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  surfacesPerEntity: readonly string[][],
): Span[][] {
  const candidates = surfacesPerEntity
    .flatMap((surfaces, entity) =>
      [...new Set(surfaces.map((s) => s.trim()))].filter((s) => s !== '').map((surface) => ({ entity, surface })),
    )
    .sort((a, b) => b.surface.length - a.surface.length);
  const taken: Array<[number, number]> = [];
  const spans: Span[][] = surfacesPerEntity.map(() => []);
  for (const { entity, surface } of candidates) {
    for (let start = text.indexOf(surface); start >= 0; start = text.indexOf(surface, start + 1)) {
      const end = start + surface.length;
      if (wordChar.test(text[start - 1] ?? '') || wordChar.test(text[end] ?? '')) continue;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      const sentenceIndex = sentenceAt(sentences, start);
      if (sentenceIndex === undefined) continue;
      taken.push([start, end]);
      spans[entity]!.push({ sentenceIndex, start, end, surface });
    }
  }
  for (const list of spans) list.sort((a, b) => a.start - b.start);
  return spans;
}
