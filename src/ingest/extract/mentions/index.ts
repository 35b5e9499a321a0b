/**
 * The mention stages, in order. Earlier stages win ties; overall the longest
 * span wins ("Kokand Free Economic Zone" over "Kokand"), so each stage can be
 * greedy about its own cue.
 */
import type { ArticleContext, Candidate } from '../context';
import { findCountries } from './countries';
import { isDemonym } from './demonyms';
import { findTerritorialBodies } from './bodies';
import { findEvents } from './events';
import { findOrganizations } from './organizations';
import { findPersons, type TitleLink } from './persons';
import { findCuedCities, findPlaces } from './places';
import { findRegions } from './regions';
import { rescan } from './rescan';
import { SpanIndex } from '../span-index';
import { findZones } from './zones';

export type { TitleLink } from './persons';

const stages: ((context: ArticleContext) => Candidate[])[] = [
  findZones, // free, special and industrial economic zones
  findRegions, // "X region", "Gebiet X", "X-ская область"
  findCountries, // countries from i18n-iso-countries, inflected
  findCuedCities, // "the city of X", "X city", "город X"
  findPlaces, // bare region and city names from the gazetteer
  findEvents, // forums, fairs, expos, weeks
  findOrganizations, // legal forms, head nouns, suffixes, quoted names
  findTerritorialBodies, // "акимат Костаная", "Гродненского областного исполнительного комитета"
];

/** "XXI Форума ... России и Казахстана", "Forum of Regions of Belarus and Uzbekistan": a country named inside an event's name is mentioned too. */
const nestedInEvent = (c: Candidate, k: Candidate): boolean =>
  c.kind === 'Country' &&
  (k.kind === 'Event' || k.roles.includes('Embassy')) && // "Embassy of Norway": the country it represents, too
  c.start >= k.start &&
  c.end <= k.end;

/** "Правительством Оренбургской области": the territory a government body is named by is mentioned too. */
const nestedInBody = (c: Candidate, k: Candidate): boolean =>
  (c.kind === 'Region' || c.kind === 'City') &&
  k.rule.endsWith('.org.territorial-body') &&
  c.start >= k.start &&
  c.end <= k.end;

/** Keep the longest of overlapping candidates; on equal length, the earlier stage. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ordered = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  const keptSpans = new SpanIndex<Candidate>();
  for (const { c } of ordered) {
    if (!keptSpans.overlaps(c.start, c.end, (k) => !nestedInEvent(c, k) && !nestedInBody(c, k))) {
      kept.push(c);
      keptSpans.add(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function findMentions(context: ArticleContext): { mentions: Candidate[]; links: TitleLink[] } {
  const named = selectNonOverlapping(stages.flatMap((stage) => stage(context)));
  // Titles anchor names (and a city named right before a mayor's title); capitalised runs fill in.
  const found = findPersons(context, named);
  // "Polish Sejm", "Kirgisischen Republik": a name that opens with a nationality adjective is no person.
  const persons = found.persons.filter((p) => !isDemonym(context.lexicon, p.surface.split(/\s+/)[0] ?? ''));
  const links = found.links.filter((l) => persons.includes(l.person));
  const all = [...named, ...persons, ...found.places];
  const mentions = [...all, ...rescan(context, all)].sort((a, b) => a.start - b.start); // surnames, short and misspelt forms
  return { mentions, links };
}
