/**
 * The side a person takes in a meeting: the country of the body in the person's
 * title ("Osh Mayor X", "Minister of Culture of Uzbekistan Y", "X, the head of the
 * Sughd region"). Used to keep people of the same side from "meeting" each other
 * when a list of participants names both sides at once.
 */
import type { ExtractedEntity } from '../../types';
import { countryPatterns } from '../../languages/shared/countries';
import { regionSuffix } from '../../languages/shared/names';
import { placeCountries } from '../../languages/shared/place-countries';
import type { Language } from '../../types';
import { between, type Item, type SentenceView } from './view';

const compiled = new Map<Language, { code: string; whole: RegExp }[]>();

function countryCodeOfName(name: string, language: Language): string | undefined {
  const patterns =
    compiled.get(language) ??
    [...new Set([...countryPatterns('en'), ...countryPatterns(language)])].map((c) => ({
      code: c.code,
      whole: new RegExp(`^(?:the\\s+)?(?:${c.source})$`, 'iu'),
    }));
  compiled.set(language, patterns);
  return patterns.find((p) => p.whole.test(name))?.code;
}

/** The country code of a country, of a known place, or of an organisation named after a known place. */
export function countryOf(entity: ExtractedEntity, language: Language): string | undefined {
  if (entity.kind === 'Country') return countryCodeOfName(entity.name, language);
  if (entity.kind === 'Region' || entity.kind === 'City')
    return placeCountries.get(entity.name.replace(regionSuffix, ''));
  if (entity.kind === 'Organization')
    for (const [place, code] of placeCountries)
      if (new RegExp(`(?<![\\p{L}])${place}(?![\\p{L}])`, 'u').test(entity.name)) return code;
  return undefined;
}

function codeOf(view: SentenceView, bodies: Item[]): string | undefined {
  for (const body of bodies) {
    const code = countryOf(body.entity, view.article.language);
    if (code) return code;
  }
  return undefined;
}

/** Bodies in the person's title span, or in a name right before the title ("Osh Mayor X"). */
function titleBodies(view: SentenceView, person: Item): Item[] {
  const link = view.state.links.find((l) => l.person.start === person.start);
  if (!link) return [];
  const from = Math.min(link.titleStart, link.complementStart);
  const to = Math.max(link.titleEnd, link.complementEnd);
  return view.items.filter(
    (i) =>
      i.entity.kind !== 'Person' &&
      ((i.start >= from && i.end <= to) ||
        (i.end <= link.titleStart && /^\s*$/.test(between(view, i.end, link.titleStart)))),
  );
}

/** Bodies between the last comma (or person) before the person and the person: an unlinked title before the name. */
function bodiesBefore(view: SentenceView, person: Item): Item[] {
  const previous = view.items.filter((i) => i.entity.kind === 'Person' && i.end <= person.start).at(-1);
  const from = Math.max(previous?.end ?? view.sentence.start, view.sentence.start);
  const comma = between(view, from, person.start).lastIndexOf(',');
  const start = comma >= 0 ? from + comma : from;
  return view.items.filter((i) => i.entity.kind !== 'Person' && i.start >= start && i.end <= person.start);
}

/** The side of one person: the country of the first known body in the person's title. */
export function sideOf(view: SentenceView, person: Item): string | undefined {
  return codeOf(view, titleBodies(view, person)) ?? codeOf(view, bodiesBefore(view, person));
}
