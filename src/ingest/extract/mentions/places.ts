/** Bare region and city names from the gazetteer, with German and Russian case forms. */
import { places } from '../lexicon/places';
import { matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';

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
