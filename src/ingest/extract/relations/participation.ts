/**
 * PARTICIPATED_IN: organisers ("organised by A together with B": title
 * organizer), opening speakers (title opening speech) and participants ("a
 * delegation of X will take part in E", planned when future; the delegation's leader too) of the
 * sentence's event. Invitations to take part are not participation.
 */
import { type Item, type RelationRule, type SentenceView } from './view';

function lastEvent(view: SentenceView): Item | undefined {
  const events = view.state.entities.filter(
    (e) => e.kind === 'Event' && e.mentions.some((m) => m.start < view.sentence.start),
  );
  const latest = events.sort(
    (a, b) =>
      Math.max(...b.mentions.map((m) => (m.start < view.sentence.start ? m.start : -1))) -
      Math.max(...a.mentions.map((m) => (m.start < view.sentence.start ? m.start : -1))),
  )[0];
  return latest ? { entity: latest, start: view.sentence.end, end: view.sentence.end, ref: true } : undefined;
}

export const participation: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const cued = lexicon.cue.speech.test(text) || lexicon.cue.organize.test(text) || lexicon.cue.participate.test(text);
  const event = view.items.find((i) => i.entity.kind === 'Event') ?? (cued ? lastEvent(view) : undefined);
  if (!event) return;
  const rule = `${language}.participate`;
  const others = view.items.filter((i) => i.entity.kind !== 'Event' && i.entity !== event.entity);
  const organise = text.search(lexicon.cue.organize);
  if (organise >= 0) {
    for (const o of others.filter((i) => i.start > view.sentence.start + organise && i.entity.kind === 'Organization'))
      view.emit('PARTICIPATED_IN', o.entity, event.entity, { title: 'organizer' }, `${rule}.organizer`, 0.75);
  }
  // "delivered a letter of invitation to the forum": an invitation is neither a speech nor participation.
  if (lexicon.cue.invitation.test(text)) return;
  const speech = text.search(lexicon.cue.speech);
  if (speech >= 0) {
    for (const p of others.filter((i) => i.entity.kind === 'Person'))
      view.emit('PARTICIPATED_IN', p.entity, event.entity, { title: 'opening speech' }, `${rule}.speech`, 0.75);
    return;
  }
  if (!lexicon.cue.participate.test(text)) return;
  const cue = view.sentence.start + text.search(lexicon.cue.participate);
  // "the delegation of X", "Delegation aus X", "делегация из X": X is the delegation's body.
  const delegationBefore = new RegExp(`(?:${lexicon.cue.delegation.source})\\s+(?:\\p{Ll}{1,4}\\s+){0,2}$`, 'iu');
  const delegationFrom = (i: Item): boolean =>
    delegationBefore.test(view.article.text.slice(Math.max(0, i.start - 30), i.start));
  const subject = (i: Item): boolean =>
    i.entity.kind !== 'Country' &&
    i.entity.kind !== 'City' &&
    !i.entity.roles.includes('EconomicZone') &&
    (delegationFrom(i) || !view.article.lexicon.cue.fromBefore.test(view.article.text.slice(i.start - 6, i.start)));
  // "Weber und Sultangaziev vereinbarten, dass sich das Gebiet Almaty ... beteiligt": only the clause of the cue.
  const clause = [...text.slice(0, cue - view.sentence.start).matchAll(view.article.lexicon.cue.thatClause)].at(-1);
  const clauseStart = clause ? view.sentence.start + (clause.index ?? 0) : view.sentence.start;
  const participants = others.filter(
    (i) =>
      subject(i) &&
      i.start >= clauseStart &&
      (i.start < cue || delegationFrom(i)) &&
      (i.start < event.start || event.ref),
  );
  const properties: Record<string, string> = lexicon.cue.planned.test(text) ? { status: 'planned' } : {};
  const { delegation } = view.state;
  for (const p of participants.slice(0, 2)) {
    view.emit('PARTICIPATED_IN', p.entity, event.entity, properties, `${rule}.cue`, 0.65);
    // "the delegation of X took part": the delegation's named leader took part too.
    if (p.entity === delegation?.owner && delegationFrom(p))
      view.emit('PARTICIPATED_IN', delegation.leader, event.entity, properties, `${rule}.delegation-leader`, 0.6);
  }
};
