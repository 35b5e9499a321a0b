/**
 * Places a title names that no other stage found: the capitalised words right
 * before a head's title ("Ali Town Mayor", "Gujarat Governor") and a mayor's
 * whole complement ("the Mayor of Ali Town Mr. ..."), and their other mentions.
 */
import type { ArticleContext, Candidate } from '../context';
import { demonymOf } from '../demonym';
import type { Token } from './name-chunker';
import type { SentenceScan } from './sentence-scan';
import type { TitlePhrase } from './title-phrases';

/** "Ali Town Mayor Veli Veliyev": the unclaimed capitalised words right before a city head's title name the city. */
export function placeBeforeTitle(
  scan: SentenceScan,
  phrase: TitlePhrase,
  sentenceIndex: number,
  places: Candidate[],
  claimed: Candidate[],
): void {
  const kind = phrase.spec.class === 'head' ? phrase.spec.at?.[0] : undefined;
  if (kind !== 'City' && kind !== 'Region') return;
  const { list, chunker, context } = scan;
  const j = list.filter((t) => t.end <= phrase.start).length - 1;
  let k = j;
  while (k > j - 3 && chunker.isNameWord(list[k])) k -= 1;
  if (k === j || !/^\s+$/u.test(context.text.slice((list[j] as Token).end, phrase.start))) return;
  const first = list[k + 1] as Token;
  const surface = context.text.slice(first.start, (list[j] as Token).end);
  // A region's head: one word that is no adjective ("Regional", "Kazakh" of Kazakhstan).
  if (kind === 'Region') {
    const countries = claimed.filter((c) => c.kind === 'Country').map((c) => [c.name, c.surface]);
    if (k !== j - 1 || context.lexicon.adjectiveEnding?.test(surface)) return;
    if (demonymOf(surface, countries, context.lexicon) >= 0) return;
  }
  // "Leipzigs Oberbürgermeister": a genitive ending goes when the bare form is in the text too.
  const bare = surface.replace(new RegExp(`(?:${context.lexicon.genitiveEnding || '(?!)'})$`, 'u'), '');
  const name =
    bare !== surface && new RegExp(`(?<![\\p{L}])${bare}(?![\\p{L}])`, 'u').test(context.text) ? bare : surface;
  places.push({
    start: first.start,
    end: first.start + surface.length,
    surface,
    sentenceIndex,
    kind,
    roles: [],
    name,
    base: name,
    rule: `${context.language}.place.before-title`,
    confidence: 0.7,
  });
}

/** "the Mayor of Ali Town Mr. Veli Veliyev": the unclaimed name that is a city head's whole complement names the city. */
export function placeInComplement(
  scan: SentenceScan,
  phrase: TitlePhrase,
  nameStart: number,
  sentenceIndex: number,
  places: Candidate[],
): void {
  if (phrase.spec.at?.[0] !== 'City') return;
  const { context, list, chunker } = scan;
  let inside = list.filter((t) => t.start >= phrase.end && t.end <= nameStart && t.text !== ',');
  // "der Stadt Leipzig": the city word is no part of the name.
  const marker = inside[1] && inside[2];
  if (marker && context.lexicon.cue.cityMarker.test(context.text.slice(marker.start - 30, marker.start)))
    inside = [inside[0] as Token, ...inside.slice(2)];
  const words = inside.slice(1, 1 + chunker.runLength(inside, 1));
  if (!scan.article.test(inside[0]?.text ?? '') || words.length === 0 || words.length > 2) return;
  // Only courtesy words may follow ("Mr."), nothing else of the complement.
  if (inside.slice(1 + words.length).some((t) => chunker.isNameWord(t) || scan.taken(t.start))) return;
  const first = words[0] as Token;
  const surface = context.text.slice(first.start, (words.at(-1) as Token).end);
  places.push({
    start: first.start,
    end: first.start + surface.length,
    surface,
    sentenceIndex,
    kind: 'City',
    roles: [],
    name: surface,
    base: surface,
    rule: `${context.language}.place.title-complement`,
    confidence: 0.7,
  });
}

/** Other mentions of a place found before a title, wherever nothing else claimed them. */
export function repeatPlaces(context: ArticleContext, places: Candidate[], others: Candidate[]): void {
  for (const place of [...places]) {
    const pattern = new RegExp(
      `(?<![\\p{L}])${place.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'gu',
    );
    for (const m of context.text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if ([...others, ...places].some((c) => start < c.end && end > c.start)) continue;
      const sentenceIndex = context.sentences.find((s) => start >= s.start && start < s.end)?.index ?? -1;
      if (sentenceIndex >= 0) places.push({ ...place, start, end, sentenceIndex });
    }
  }
}
