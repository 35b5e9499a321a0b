/** Bare region and city names from the gazetteer, with German and Russian case forms. */
import { places, type PlaceEntry } from '../lexicon/places';
import { placeName } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';
import { countryIn } from './countries';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function forms(variant: string): string {
  const escaped = escape(variant);
  if (/\p{Script=Cyrillic}/u.test(variant)) {
    // Фергана → Фергане/Ферганы/Фергану; Наманган → Намангане/Наманганом.
    if (/[ая]$/.test(variant)) return `${escaped.slice(0, -1)}(?:а|я|ы|и|е|у|ю|ой|ей)`;
    // Костанай → Костанае, Гомель → Гомеле, Тверь → Твери.
    if (/[йь]$/.test(variant)) return `${escaped.slice(0, -1)}(?:й|ь|я|ю|е|и|ем|ём|ью)`;
    return `${escaped}(?:а|у|ом|е)?`;
  }
  return `${escaped}(?:s)?`;
}

/** The gazetteer entry one word names in any of its case forms ("Костаная" → Kostanay). */
let wholeForms: [RegExp, PlaceEntry][] | undefined;
export function lookupInflectedPlace(word: string): PlaceEntry | undefined {
  wholeForms ??= places.map((place) => [
    new RegExp(`^(?:${[place.name, ...place.variants].map(forms).join('|')})$`, 'u'),
    place,
  ]);
  return wholeForms.find(([pattern]) => pattern.test(word))?.[1];
}

export function findPlaces(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const place of places) {
    const alternatives = [place.name, ...place.variants].map(forms).join('|');
    const pattern = new RegExp(`(?<![\\p{L}-])(${alternatives})(?![\\p{L}-])`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      const span = spanOf(context, hit, 1);
      found.push({
        ...span,
        sentenceIndex: hit.sentenceIndex,
        kind: place.city ? 'City' : 'Region',
        roles: [],
        name: place.city || place.state ? place.name : `${place.name} Region`,
        base: place.name,
        ambiguousPlace: Boolean(place.city && place.region),
        rule: `${context.language}.gazetteer.place`,
        confidence: 0.85,
      });
    }
  }
  return found;
}

/**
 * "the city of Krosno", "Arkadag city", "Stadt Mainz", "городе Кургане": a name the text itself marks as a
 * city, known to the gazetteer or not. Its span is the name alone, so that it ties with (and, staged
 * first, wins over) a gazetteer mention that would leave the kind open.
 */
export function findCuedCities(context: ArticleContext): Candidate[] {
  const { cityBefore, cityAfter } = context.lexicon;
  const name = `(${NAME_TOKEN}(?:\\s+${NAME_TOKEN})?)`;
  const patterns = [new RegExp(`(?<![\\p{L}])${cityBefore}\\s+${name}`, 'gdu')];
  if (cityAfter) patterns.push(new RegExp(`${name}\\s+${cityAfter}(?![\\p{L}])`, 'gdu'));
  const found: Candidate[] = [];
  for (const pattern of patterns) {
    for (const hit of matchSentences(context, pattern)) {
      const span = spanOf(context, hit, 1);
      const words = span.surface.split(/\s+/);
      if (words.some((w) => context.lexicon.stopwords.has(w)) || countryIn(span.surface, context.language)) continue;
      // The cue words are lower-case: "Osh City Council" stays an organisation.
      const base = placeName(span.surface, context.language);
      found.push({
        ...span,
        sentenceIndex: hit.sentenceIndex,
        kind: 'City',
        roles: [],
        name: base,
        base,
        rule: `${context.language}.city.cued`,
        confidence: 0.85,
      });
    }
  }
  return found;
}
