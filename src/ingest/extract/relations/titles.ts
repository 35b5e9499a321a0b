/**
 * Title relations from the title links found with the names: an ambassador
 * REPRESENTS the country in the complement and is ACCREDITED_TO the one after
 * "to/in/в"; a consul only REPRESENTS; a head GOVERNS the region or city of the
 * complement (else the article's main region); any other post is HOLDS_POSITION
 * at the complement's body (else the last organisation or region named before).
 * Also "Embassy of X" REPRESENTS X.
 */
import type { ExtractedEntity } from '../../types';
import { addRole, isPlace, type Item, type RelationRule, type SentenceView } from './view';

function complementItems(view: SentenceView, start: number, end: number): Item[] {
  return view.items.filter((item) => item.start >= start && item.start < end && item.entity.kind !== 'Person');
}

/** "to", "in", "в" right before the host country ("посол Казахстана в Узбекистане"); word boundaries that work for Cyrillic. */
const hostCue = /(?<![\p{L}])(?:to|in|в|во)\s+(?:the\s+|der\s+)?$/iu;

function hostCountry(view: SentenceView, items: Item[]): ExtractedEntity | undefined {
  return items.find(
    (item) =>
      item.entity.kind === 'Country' && hostCue.test(view.article.text.slice(Math.max(0, item.start - 12), item.start)),
  )?.entity;
}

export const titles: RelationRule = (view) => {
  for (const link of view.state.links.filter((l) => l.person.sentenceIndex === view.sentence.index)) {
    const person = view.items.find((item) => item.start === link.person.start)?.entity;
    if (!person) continue;
    addRole(person, link.title.role);
    const items = complementItems(view, link.complementStart, link.complementEnd);
    const rule = `${view.article.language}.title.${link.title.class}`;
    const title = link.titleSurface;
    if (link.title.class === 'ambassador' || link.title.class === 'consul') {
      const host = link.title.class === 'ambassador' ? hostCountry(view, items) : undefined;
      const sending = items.find((item) => item.entity.kind === 'Country' && item.entity !== host)?.entity;
      view.emit('REPRESENTS', person, sending, { title }, rule, 0.9);
      view.emit('ACCREDITED_TO', person, host, {}, rule, 0.85);
      if (sending) view.state.bodyOf.set(person.localId, sending.localId);
    } else if (link.title.class === 'head') {
      const territory =
        items.find((item) => item.entity.kind === 'Region' || item.entity.kind === 'City')?.entity ?? mainRegion(view);
      view.emit('GOVERNS', person, territory, { title }, rule, 0.85);
      if (territory) view.state.bodyOf.set(person.localId, territory.localId);
    } else {
      const before = view.items.filter(
        (item) => item.end <= link.titleStart && item.entity.kind !== 'Person' && item.entity.kind !== 'Event',
      );
      const body =
        items.find((item) => item.entity.kind === 'Organization' || isPlace(item.entity))?.entity ??
        lastBody(view, before);
      view.emit('HOLDS_POSITION', person, body, { title }, rule, 0.75);
      if (body && isPlace(body)) view.state.bodyOf.set(person.localId, body.localId);
    }
  }
  for (const item of view.items) {
    const embassy = item.entity;
    if (item.ref || !embassy.roles.includes('Embassy')) continue;
    const country =
      view.state.entities.find(
        (e) => e.kind === 'Country' && e.mentions.some((m) => m.start >= item.start && m.end <= item.end),
      ) ??
      view.state.entities.find(
        (e) => e.kind === 'Country' && [e.name, ...e.aliases].some((n) => embassy.name.includes(n)),
      );
    view.emit('REPRESENTS', embassy, country, {}, `${view.article.language}.title.embassy-of`, 0.85);
    // "Посольством Казахстана в Узбекистане", "the Embassy of India in Turkmenistan": the host country right after.
    const host = /consul|konsul|консул/iu.test(embassy.name)
      ? undefined
      : view.items.find(
          (i) =>
            i.start >= item.end &&
            i.entity.kind === 'Country' &&
            i.entity !== country &&
            /^\s+(?:in|в|во|in der)\s+(?:the\s+)?$/iu.test(view.article.text.slice(item.end, i.start)),
        );
    view.emit('ACCREDITED_TO', embassy, host?.entity, {}, `${view.article.language}.title.embassy-in`, 0.8);
  }
};

/** The body named last before a title; "X Province of the Republic of Korea, headed by Vice Governor": the region, not its country. */
function lastBody(view: SentenceView, before: Item[]): ExtractedEntity | undefined {
  const last = before.at(-1);
  const previous = before.at(-2);
  if (
    last?.entity.kind === 'Country' &&
    previous &&
    previous.entity.kind !== 'Country' &&
    /^\s+(?:of\s+(?:the\s+)?)?$/u.test(view.article.text.slice(previous.end, last.start))
  )
    return previous.entity;
  return last?.entity;
}

function mainRegion(view: SentenceView): ExtractedEntity | undefined {
  return [...view.state.entities.filter((e) => e.kind === 'Region' && !e.roles.includes('EconomicZone'))].sort(
    (a, b) => b.mentions.length - a.mentions.length,
  )[0];
}
