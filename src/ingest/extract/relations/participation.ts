/**
 * PARTICIPATED_IN: organisers ("organised by A together with B": title
 * organizer), opening speakers (title opening speech) and participants ("a
 * delegation of X will take part in E", planned when future) of the sentence's event.
 */
import { type Item, type RelationRule } from './view';

export const participation: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const event = view.items.find((i) => i.entity.kind === 'Event');
  if (!event) return;
  const rule = `${language}.participate`;
  const others = view.items.filter((i) => i.entity.kind !== 'Event' && i.entity !== event.entity);
  const organise = text.search(lexicon.cue.organize);
  if (organise >= 0) {
    for (const o of others.filter((i) => i.start > view.sentence.start + organise && i.entity.kind === 'Organization')) view.emit('PARTICIPATED_IN', o.entity, event.entity, { title: 'organizer' }, `${rule}.organizer`, 0.75);
  }
  const speech = text.search(lexicon.cue.speech);
  if (speech >= 0) {
    for (const p of others.filter((i) => i.entity.kind === 'Person')) view.emit('PARTICIPATED_IN', p.entity, event.entity, { title: 'opening speech' }, `${rule}.speech`, 0.75);
    return;
  }
  if (!lexicon.cue.participate.test(text)) return;
  const cue = view.sentence.start + text.search(lexicon.cue.participate);
  const subject = (i: Item): boolean =>
    i.entity.kind !== 'Country' && i.entity.kind !== 'City' && !i.entity.roles.includes('EconomicZone') && !/(?:from|aus|из)\s+$/i.test(view.article.text.slice(i.start - 6, i.start));
  const participants = others.filter((i) => subject(i) && (i.start < cue || /delegation|делегаци/i.test(view.article.text.slice(cue, i.start))) && i.start < event.start);
  const properties: Record<string, string> = lexicon.cue.planned.test(text) ? { status: 'planned' } : {};
  for (const p of participants.slice(0, 2)) view.emit('PARTICIPATED_IN', p.entity, event.entity, properties, `${rule}.cue`, 0.65);
};
