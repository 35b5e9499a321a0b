/**
 * Canonical names: the English/Latin form of a surface (transliterated,
 * gazetteer spelling where the gazetteer knows the place, Russian case endings
 * taken back to the nominative for people).
 */
import { foldKey } from '../../model/fold';
import { packs } from '../languages';
import type { Language } from '../types';
import { places, type PlaceEntry } from '../languages/shared/places';

const byKey = new Map<string, PlaceEntry>();
/** Exact spellings first: folding makes some distinct names equal ("Shaanxi" and "Shanxi"). */
const bySpelling = new Map<string, PlaceEntry>();
for (const place of places) {
  for (const variant of [place.name, ...place.variants]) {
    if (!byKey.has(foldKey(variant))) byKey.set(foldKey(variant), place);
    bySpelling.set(variant, place);
  }
}

/** The gazetteer entry for a bare place name in any spelling or case form. */
export function lookupPlace(surface: string): PlaceEntry | undefined {
  const exact = bySpelling.get(surface);
  if (exact) return exact;
  const key = foldKey(surface);
  return (
    byKey.get(key) ?? byKey.get(key.replace(/(?:s|e|u|a|om|oi|i)$/, '')) ?? byKey.get(`${key.replace(/[eu]$/, '')}a`)
  );
}

/** The gazetteer entry whose Russian adjective stem starts this word ("Ферганской" → Fergana). */
export function lookupRussianAdjective(word: string): PlaceEntry | undefined {
  return places.find((place) => place.ruAdjective !== undefined && word.startsWith(place.ruAdjective));
}

export function latinName(surface: string, language: Language): string {
  const { toLatin, nameScript } = packs[language];
  if (!toLatin || !nameScript?.test(surface)) return surface;
  return toLatin(surface);
}

/** The canonical form of a person's name; `nominative` when the title before it shows the name is in the nominative already. */
export function personName(surface: string, language: Language, nominative = false): string {
  const { personNominative: toNominative, middleName } = packs[language];
  if (!toNominative) return surface;
  const short = withoutMiddleName(surface, middleName);
  if (nominative) return latinName(short, language);
  return latinName(toNominative(short), language);
}

/** "Тимур Рашидович Каримов" is canonically "Timur Karimov": the middle name (patronymic) is left out of the name, in any case. */
function withoutMiddleName(surface: string, middleName: string): string {
  const words = surface.split(/\s+/);
  if (!middleName || words.length !== 3 || !new RegExp(middleName, 'u').test(words[1] ?? '')) return surface;
  return `${words[0]} ${words[2]}`;
}

/** Gazetteer spelling of a bare place name when known, else its Latin form. */
export function placeName(bare: string, language: Language): string {
  return lookupPlace(bare)?.name ?? latinName(bare, language);
}
