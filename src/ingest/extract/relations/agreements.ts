/**
 * AGREEMENT_WITH: a signed or reached agreement (not an intention). Parties:
 * "between A and B", else the territories/organisations named before the
 * agreement word, else the bodies of the two people who last met ("the sides").
 */
import { amountsIn } from './quantities';
import { isPlace, type Item, type RelationRule } from './view';

export const agreements: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const agreement = text.search(lexicon.cue.agreement);
  if (agreement < 0 || !(lexicon.cue.sign.test(text) || /:\s*$/.test(text)) || lexicon.cue.intention.test(text)) return;
  const party = (i: Item): boolean =>
    (i.entity.kind === 'Organization' || isPlace(i.entity)) && !i.entity.roles.includes('EconomicZone');
  const betweenAt = text.search(/\b(?:between|zwischen)\b|между/u);
  const at = view.sentence.start + agreement;
  let parties =
    betweenAt >= 0
      ? view.items.filter((i) => party(i) && i.start > view.sentence.start + betweenAt)
      : view.items.filter((i) => party(i) && i.end <= at && !i.ref);
  parties = parties.filter(
    (p) =>
      !(
        p.entity.kind === 'Country' &&
        parties.some((q) => q !== p && q.entity.kind !== 'Country' && q.end <= p.start && p.start - q.end < 3)
      ),
  );
  let [a, b] = [...new Set(parties.map((p) => p.entity))];
  if (!a || !b) {
    const people = view.items.filter((i) => i.entity.kind === 'Person').map((i) => i.entity.localId);
    const pair = people.length >= 2 ? people.slice(0, 2) : view.state.lastMeeting;
    const bodies = (pair ?? [])
      .map((id) => view.state.bodyOf.get(id))
      .map((id) => view.state.entities.find((e) => e.localId === id));
    [a, b] = bodies;
  }
  if (!a || !b || a === b) return;
  const [amount] = amountsIn(text, lexicon);
  const title = text.slice(agreement).replace(/[.:]$/, '').slice(0, 200);
  const properties: Record<string, string | number> = { title };
  if (amount) Object.assign(properties, { amount: amount.amount, currency: amount.currency });
  view.emit('AGREEMENT_WITH', a, b, properties, `${language}.agreement.signed`, 0.7);
};
