/**
 * LOCATED_IN: an organisation, zone or event followed by a locative phrase and
 * a place ("in the Kokand FEZ", "located in the city of Fergana", "held in
 * Bishkek", "aus Chemnitz", "в СЭЗ"), an event named "X in Y", a place that hosts an event, a sentence that opens with the place ("In
 * the city of Margilan, ..."), or "in X, including: A, B". Events still to be
 * held are planned.
 */
import { between, isPlace, type Item, type RelationRule, type SentenceView } from './view';

function located(view: SentenceView, thing: Item, place: Item, planned: boolean, rule: string): void {
  const properties: Record<string, string> = thing.entity.kind === 'Event' && planned ? { status: 'planned' } : {};
  view.emit('LOCATED_IN', thing.entity, place.entity, properties, `${view.article.language}.located.${rule}`, 0.7);
}

export const locations: RelationRule = (view) => {
  const text = view.sentence.text;
  const { after: locative, action, held, hosts, opening: openingPlace } = view.article.lexicon.located;
  const planned = view.article.lexicon.cue.planned.test(text);
  const things = view.items.filter(
    (i) => i.entity.kind === 'Organization' || i.entity.kind === 'Event' || i.entity.roles.includes('EconomicZone'),
  );
  for (const thing of things) {
    const next = view.items.find(
      (i) =>
        i.start >= thing.end &&
        i.entity !== thing.entity &&
        (isPlace(i.entity) && !i.entity.roles.includes('EconomicZone')
          ? true
          : i.entity.roles.includes('EconomicZone') && !thing.entity.roles.includes('EconomicZone')),
    );
    if (!next || (next.entity.kind === 'Country' && thing.entity.kind !== 'Event')) continue;
    const gap = between(view, thing.end, next.start);
    // "AgroTech Kaskelen, an dem die Hansen Landtechnik AG aus Osnabrück ...": the place belongs to the nearer organisation.
    // "A and B, both located in X" coordinates the two; a nearer organisation otherwise claims the place.
    const coordinated = (i: Item): boolean =>
      view.article.lexicon.located.coordinated.test(between(view, thing.end, i.start));
    if (
      view.items.some(
        (i) =>
          i.entity.kind === 'Organization' &&
          !i.ref &&
          i.entity !== thing.entity &&
          i.start >= thing.end &&
          i.end <= next.start &&
          !coordinated(i),
      )
    )
      continue;
    // "Indorama's portfolio in the region": what lies there is something the organisation has, not itself.
    if (/^['’]s\s/u.test(gap)) continue;
    if (gap.length > 90 || (action.test(gap) && !held.test(gap))) continue;
    // "X received a delegation from Y": the place is where the delegation comes from, not where X is.
    if (view.article.lexicon.cue.delegation.test(gap)) continue;
    const lastClause = gap.split(/[,;]/).at(-1) ?? gap;
    // "X, following a year of events in Aktau", "X pertained to activities carried out in Aktau": a place
    // after a new clause or a long stretch locates the clause's action, not X. A relative or appositive
    // clause ("X, which lies within", "X, a joint venture in") or a participle still says where X is.
    const cue = locative.exec(lastClause);
    const before = cue ? lastClause.slice(0, cue.index).trim() : '';
    // A quoted name may close before the comma: «the forum "X", which is held in Y».
    const appended = lastClause === gap || /^[\s"“”»«']*,[^,;]*$/u.test(gap);
    const near =
      (appended && (before === '' || before.split(/\s+/).length <= 4)) ||
      view.article.lexicon.cue.locativeClause.test(lastClause);
    if (cue && near) located(view, thing, next, planned, 'after');
  }
  // "the Year of Uzbekistan in Kazakhstan", "Jahr Usbekistans in Kasachstan": a place after "in" inside an event's name.
  for (const event of things.filter((t) => t.entity.kind === 'Event')) {
    const inside = view.items.find(
      (i) =>
        isPlace(i.entity) &&
        i.start > event.start &&
        i.end <= event.end &&
        locative.test(between(view, event.start, i.start)),
    );
    if (inside) located(view, event, inside, false, 'in-name');
  }
  // "Samarkand hosted the International Tourism Fair", "Ташкент принял форум": the host place locates the event.
  for (const event of things.filter((t) => t.entity.kind === 'Event')) {
    const host = view.items.find(
      (i) => isPlace(i.entity) && i.end <= event.start && hosts.test(between(view, i.end, event.start)),
    );
    if (host) located(view, event, host, planned, 'host');
  }
  // "In the city of Margilan, a tour of ... factory": the opening place locates the sentence's organisations.
  const opening = openingPlace.exec(text);
  const first = view.items[0];
  if (opening && first && isPlace(first.entity) && first.start - view.sentence.start <= opening[0].length + 1) {
    for (const thing of things.filter((t) => t.entity.kind === 'Organization'))
      located(view, thing, first, planned, 'opening-place');
  }
  // "facilities in Ferghana, including: A, B, C", "enterprises of the region, such as A and B". Not the
  // second place of a coordination ("companies from A and B, such as ..."): the list is not told apart.
  const { listIntro } = view.article.lexicon.cue;
  const coordinated = new RegExp(`(?:,|\\s${view.article.lexicon.conjunction})\\s*$`, 'u');
  for (const place of view.items.filter((i) => isPlace(i.entity))) {
    if (!listIntro.test(between(view, place.end, place.end + 20))) continue;
    if (coordinated.test(between(view, Math.max(view.sentence.start, place.start - 12), place.start))) continue;
    for (const thing of things.filter((t) => t.start > place.end && t.entity.kind === 'Organization'))
      located(view, thing, place, planned, 'including');
  }
};
