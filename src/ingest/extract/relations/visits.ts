/**
 * VISITED: a visit cue; the visitor is the first person (or the body of "a
 * delegation of X", plus its leader "headed by"), the visited places and
 * organisations are the others named after the visitor outside title
 * complements. Future visits are planned.
 */
import { dateIn } from './quantities';
import { inComplement, type Item, type RelationRule } from './view';

export const visits: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  if (!lexicon.cue.visit.test(text)) return;
  const visitors: Item[] = [];
  const delegation = text.search(lexicon.cue.delegation);
  if (delegation >= 0) {
    const owner = view.items.find((i) => i.start - view.sentence.start > delegation && i.start - view.sentence.start < delegation + 40 && i.entity.kind !== 'Person' && i.entity.kind !== 'Country');
    if (owner) visitors.push(owner);
  }
  const person = view.items.find((i) => i.entity.kind === 'Person');
  if (person) visitors.push(person);
  if (visitors.length === 0) return;
  const after = Math.min(...visitors.map((v) => v.end));
  const visited = view.items.filter(
    (i) => i.start >= after && !visitors.includes(i) && !inComplement(view.state, i) && i.entity.kind !== 'Person' && i.entity.kind !== 'Country' && i.entity.kind !== 'Event' && !visitors.some((v) => v.entity === i.entity),
  );
  const date = dateIn(text, lexicon, view.state.publishedYear);
  const properties: Record<string, string> = {};
  if (date) properties.date = date;
  if (lexicon.cue.planned.test(text)) properties.status = 'planned';
  for (const visitor of visitors) {
    for (const place of visited) view.emit('VISITED', visitor.entity, place.entity, properties, `${language}.visit.cue`, 0.7);
  }
};
