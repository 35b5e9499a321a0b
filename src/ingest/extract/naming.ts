/**
 * Canonical names: the English/Latin form of a surface (transliterated,
 * gazetteer spelling where the gazetteer knows the place, Russian case endings
 * taken back to the nominative for people).
 */
import { foldKey, toLatin } from '../fold';
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

/** Russian personal-name token back to the nominative: Мирзаевым → Мирзаев, Сергеем → Сергей. */
export function russianNominative(token: string): string {
  if (/(?:ов|ев|ин|ёв)(?:ым|а|у|е)$/.test(token)) return token.replace(/(?:ым|а|у|е)$/, '');
  if (/[аеиоуя]ем$/.test(token)) return token.replace(/ем$/, 'й');
  if (/[бвгджзклмнпрстфхцчшщ]ом$/.test(token)) return token.slice(0, -2);
  if (/ой$/.test(token) && token.length > 5) return token.replace(/ой$/, 'а');
  return token;
}

export function latinName(surface: string, language: Language): string {
  if (language !== 'ru' || !/\p{Script=Cyrillic}/u.test(surface)) return surface;
  return toLatin(surface);
}

/** A Russian first name in the genitive back to the nominative: Вадима → Вадим, Сергея → Сергей. */
function russianGenitiveFirstName(token: string): string {
  if (/[бвгджзклмнпрстфхцчшщ]а$/.test(token)) return token.slice(0, -1);
  if (/[аеиоуэюя]я$/.test(token)) return `${token.slice(0, -1)}й`;
  return token;
}

/** The canonical form of a person's name; `nominative` when the title before it shows the name is in the nominative already. */
export function personName(surface: string, language: Language, nominative = false): string {
  if (language !== 'ru') return surface;
  if (nominative) return latinName(surface, language);
  const words = surface.split(/\s+/);
  // A surname in the genitive ("Шумкова") puts the first name in the genitive too ("Вадима").
  const genitive = /(?:ов|ев|ёв|ин)а$/.test(words.at(-1) ?? '');
  const forms = words.map((word, i) =>
    genitive && i < words.length - 1 ? russianGenitiveFirstName(word) : russianNominative(word),
  );
  return latinName(forms.join(' '), language);
}

/** Gazetteer spelling of a bare place name when known, else its Latin form. */
export function placeName(bare: string, language: Language): string {
  return lookupPlace(bare)?.name ?? latinName(bare, language);
}
