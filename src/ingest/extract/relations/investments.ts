/**
 * INVESTS_IN: a sentence that calls an organisation the investor, or says it
 * invested in or financed something. The investor is the organisation nearest
 * the cue that is not an enterprise being described; the targets are the other
 * enterprises (else zones) of the sentence. The stated amount is kept.
 */
import { amountsIn } from './quantities';
import { addRole, type Item, type RelationRule } from './view';

export const investments: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const cue = text.search(lexicon.cue.investor) >= 0 ? text.search(lexicon.cue.investor) : text.search(lexicon.cue.invest);
  if (cue < 0) return;
  const at = view.sentence.start + cue;
  const orgs = view.items.filter((i) => i.entity.kind === 'Organization');
  const flagged = orgs.find((i) => !i.ref && i.entity.mentions.some((m) => m.start === i.start && m.rule.endsWith('investor-name')));
  const distance = (i: Item): number => (i.end <= at ? at - i.end : i.start - at) + (i.ref && i.entity.roles.includes('Enterprise') && !i.entity.roles.includes('Investor') ? 1000 : 0);
  const investor = flagged ?? [...orgs].sort((a, b) => distance(a) - distance(b))[0];
  if (!investor) return;
  const enterprises = view.items.filter((i) => i.entity !== investor.entity && i.entity.kind === 'Organization' && (i.entity.roles.includes('Enterprise') || i.ref));
  const zones = view.items.filter((i) => i.entity.roles.includes('EconomicZone'));
  const targets = enterprises.length > 0 ? enterprises : zones;
  const [amount] = amountsIn(text, lexicon);
  const properties: Record<string, string | number> = amount ? { amount: amount.amount, currency: amount.currency } : {};
  for (const target of new Set(targets.map((t) => t.entity))) {
    addRole(investor.entity, 'Investor');
    view.emit('INVESTS_IN', investor.entity, target, properties, `${language}.invest.cue`, 0.7);
  }
};
