/**
 * PART_OF, only when stated: "the Fergana region of Uzbekistan", "Согдийской
 * области Таджикистана", "the city of Kokand in the Fergana region", "Margilan,
 * a city of the Fergana region", "administrative centre of", "в рамках Недели".
 */
import { between, type Item, type RelationRule, type SentenceView } from './view';

/** The kinds PART_OF joins, with the lexicon's pattern for the text between part and whole. */
function joins(view: SentenceView): [string, string, RegExp][] {
  const { partOf } = view.article.lexicon;
  return [
    ['Region', 'Country', partOf.regionCountry],
    ['City', 'Region', partOf.cityRegion],
    ['Event', 'Event', partOf.eventEvent],
    ['Region', 'Region', partOf.districtRegion],
  ];
}

/** "Belarus’ Gomel Oblast", "China’s Shaanxi Province": a possessive country before a region contains it. */
const possessive = /^['’]s?\s+$/u;

/** A gap that is only a shared plural type word ("Fergana and Xorazm regions of Uzbekistan"). */
function withoutSharedType(view: SentenceView, gap: string): string {
  const plurals = view.article.lexicon.regionPlurals.map(([word]) => word).join('|');
  return gap.replace(new RegExp(`^\\s+(?:${plurals})(?=\\s|,)`, 'u'), '');
}

/** Regions coordinated right before `item` ("Fergana and Xorazm" before "regions of"), nearest first. */
function conjuncts(view: SentenceView, items: Item[], index: number): Item[] {
  const found: Item[] = [];
  // "Gomel Oblast and Fergana and Xorazm regions": a conjunct with its own type word is not under the shared one.
  const ownType = new RegExp(`(?:${view.article.lexicon.regionWords.map(([word]) => word).join('|')})$`, 'iu');
  for (let b = index - 1; b >= 0; b -= 1) {
    const item = items[b];
    const next = items[b + 1];
    if (!item || !next || item.entity.kind !== 'Region' || ownType.test(between(view, item.start, item.end))) break;
    if (!view.article.lexicon.partOf.conjunct.test(between(view, item.end, next.start))) break;
    found.push(item);
  }
  return found;
}

export const partOf: RelationRule = (view) => {
  const items = view.items.filter((i) => !i.ref);
  for (let a = 0; a < items.length; a += 1) {
    const first = items[a];
    const second = items[a + 1];
    if (!first || !second) continue;
    if (
      first.entity.kind === 'Country' &&
      second.entity.kind === 'Region' &&
      !second.entity.roles.includes('EconomicZone') &&
      possessive.test(between(view, first.end, second.start))
    )
      view.emit('PART_OF', second.entity, first.entity, {}, `${view.article.language}.part-of.possessive`, 0.75);
  }
  for (let a = 0; a < items.length; a += 1) {
    const part = items[a];
    const whole = items[a + 1];
    if (!part || !whole || part.entity === whole.entity || part.entity.roles.includes('EconomicZone')) continue;
    const rawGap = between(view, part.end, whole.start);
    const gap = withoutSharedType(view, rawGap);
    const join = joins(view).find(
      ([from, to, pattern]) => part.entity.kind === from && whole.entity.kind === to && pattern.test(gap),
    );
    if (!join) continue;
    // Between two regions only a district and the region around it ("the X district of the Y region").
    const { district } = view.article.lexicon.partOf;
    if (
      join[1] === 'Region' &&
      join[0] === 'Region' &&
      (!district.test(part.entity.name) || district.test(whole.entity.name))
    )
      continue;
    // "the delegation of the Namangan region in Germany": a visited country, not the region's.
    const visiting = view.article.lexicon.partOf.visitor.test(between(view, view.sentence.start, part.start));
    if (join[1] === 'Country' && visiting && view.article.lexicon.partOf.locative.test(gap)) continue;
    if (gap !== rawGap)
      for (const other of conjuncts(view, items, a))
        view.emit('PART_OF', other.entity, whole.entity, {}, `${view.article.language}.part-of.coordinated`, 0.7);
    // "Ambassador of X to Y": a country after a region is containment only without a "to/in" in the gap.
    view.emit(
      'PART_OF',
      part.entity,
      whole.entity,
      {},
      `${view.article.language}.part-of.${join[0].toLowerCase()}`,
      0.75,
    );
  }
};
