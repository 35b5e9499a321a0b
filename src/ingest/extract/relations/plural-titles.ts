/**
 * One plural title shared by a list of holders, which the title links (one title, one name) miss:
 * - "Ambassadors of X to A N1 and to B N2": each REPRESENTS X, and is ACCREDITED_TO the host named before
 *   their name when every holder has one;
 * - "the governors of A and B regions, N1 and N2": the territories and the holders pair in order (GOVERNS),
 *   when there are as many of each.
 * The list is the run of entities right after the plural word that only commas, connectors, articles and
 * place nouns separate (lexicon.pluralListGap); it needs two holders at least.
 */
import type { ExtractedEntity } from '../../types';
import { addRole, isPlace, type Item, type RelationRule, type SentenceView } from './view';

/** The entities right after `from` that the list gap joins, in text order. */
function listAfter(view: SentenceView, from: number): Item[] {
  const gap = view.article.lexicon.pluralListGap;
  const list: Item[] = [];
  let previous = from;
  for (const item of view.items) {
    if (item.start < from || item.ref) continue;
    if (!gap.test(view.article.text.slice(previous, item.start))) break;
    list.push(item);
    previous = item.end;
  }
  return list;
}

function diplomats(view: SentenceView, persons: ExtractedEntity[], places: Item[], title: string, consul: boolean) {
  const rule = `${view.article.language}.title.plural`;
  const [first, ...rest] = places;
  const sending = first?.entity.kind === 'Country' ? first.entity : undefined;
  const hosts = rest.filter((p) => p.entity.kind === 'Country').map((p) => p.entity);
  persons.forEach((person, n) => {
    addRole(person, 'Diplomat');
    view.emit('REPRESENTS', person, sending, { title }, rule, 0.85);
    if (sending) view.state.bodyOf.set(person.localId, sending.localId);
    if (!consul && hosts.length === persons.length) view.emit('ACCREDITED_TO', person, hosts[n], { title }, rule, 0.8);
  });
}

function heads(view: SentenceView, persons: ExtractedEntity[], places: Item[], title: string) {
  const territories = places.filter((p) => p.entity.kind === 'Region' || p.entity.kind === 'City');
  if (territories.length !== persons.length) return;
  persons.forEach((person, n) => {
    const territory = territories[n]!.entity;
    addRole(person, 'Official');
    view.emit('GOVERNS', person, territory, { title }, `${view.article.language}.title.plural`, 0.8);
    view.state.bodyOf.set(person.localId, territory.localId);
    view.state.headOf.set(territory.localId, person.localId);
  });
}

export const pluralTitles: RelationRule = (view) => {
  const { text, start } = view.sentence;
  const linked = new Set(view.state.links.map((l) => l.person));
  for (const spec of view.article.lexicon.pluralTitles) {
    for (const m of text.matchAll(new RegExp(spec.pattern, 'giu'))) {
      const list = listAfter(view, start + (m.index ?? 0) + m[0].length);
      const persons = list.filter((i) => i.entity.kind === 'Person');
      // Holders that a singular title already took are that title's ("Ambassador X and Governor Y").
      if (persons.length < 2 || persons.some((p) => [...linked].some((l) => l.start === p.start))) continue;
      const places = list.filter((i) => isPlace(i.entity));
      const title = m[0].replace(new RegExp(spec.pattern, 'iu'), spec.singular);
      const holders = persons.map((p) => p.entity);
      if (spec.class === 'head') heads(view, holders, places, title);
      else diplomats(view, holders, places, title, spec.class === 'consul');
    }
  }
};
