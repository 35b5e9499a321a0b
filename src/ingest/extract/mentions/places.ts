/** Bare region and city names from the gazetteer, with their case forms (a genitive -s; a pack's declension in its script). */
import { languages, packs } from '../../languages';
import { places, type PlaceEntry } from '../../languages/shared/places';
import { placeName } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';
import { countryIn } from './countries';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The packs that decline the gazetteer's spellings in their own script (Russian for Cyrillic). */
const declining = languages.map((language) => packs[language]).filter((pack) => pack.nameScript && pack.placeForms);

/** A gazetteer spelling with its case forms: declined by the pack of its script, else with a genitive -s. */
function forms(variant: string): string {
  const escaped = escape(variant);
  const pack = declining.find((p) => p.nameScript?.test(variant));
  if (pack?.placeForms) return pack.placeForms(variant, escaped);
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

/** A capitalised word right after a place that is also a given name: a surname ("Vladimir Domanevsky"). */
const givenNameBefore = new RegExp(`^ ${NAME_TOKEN}`, 'u');

/**
 * Text every match of a spelling's forms contains: the start its forms share with the spelling itself (a pack's
 * declension replaces or adds an ending), less its last letter (which a quantifier in the forms may make optional).
 */
function formsLiteral(variant: string): string {
  const escaped = escape(variant);
  const source = forms(variant);
  let shared = 0;
  while (shared < escaped.length && escaped[shared] === source[shared]) shared += 1;
  const prefix = escaped.slice(0, shared).replace(/\\$/, '');
  return prefix.replace(/\\(.)/g, '$1').slice(0, -1);
}

interface PlacePattern {
  place: PlaceEntry;
  pattern: RegExp;
  /** A place can match only in a text that holds one of these (an empty one: any text). */
  literals: string[];
}

/** Built once: 281 places times each article's sentences made rebuilding them a cost of their own. */
let placePatterns: PlacePattern[] | undefined;
function patternsOfPlaces(): PlacePattern[] {
  placePatterns ??= places.map((place) => {
    const spellings = [place.name, ...place.variants];
    const alternatives = spellings.map(forms).join('|');
    return {
      place,
      pattern: new RegExp(`(?<![\\p{L}-])(${alternatives})(?![\\p{L}-])`, 'gdu'),
      literals: spellings.map(formsLiteral),
    };
  });
  return placePatterns;
}

export function findPlaces(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const { place, pattern, literals } of patternsOfPlaces()) {
    // Most places are not in a given article: a plain substring test rules them out without running the regex
    // over every sentence (the sentences are slices of the text, so a match in one is in the text too).
    if (!literals.some((literal) => context.text.includes(literal))) continue;
    for (const hit of matchSentences(context, pattern)) {
      const span = spanOf(context, hit, 1);
      if (place.givenName && givenNameBefore.test(context.text.slice(span.end, span.end + 40))) continue;
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
