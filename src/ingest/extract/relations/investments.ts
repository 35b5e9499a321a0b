/**
 * INVESTS_IN: a sentence that calls an organisation the investor, or says it
 * invested in or financed something. The investor is the organisation named
 * right after the investor word ("investor Indorama Corporation", "инвестором
 * которого выступает турецкий холдинг X", "dessen Investor die X GmbH"), else the
 * one right before it ("The group, which is the investor of ...", "X als
 * Investor"), else the nearest to the cue. The target is what "investor of X"
 * names, else the enterprise the investor phrase attaches to (the nearest one
 * before it; with an unnamed enterprise in between, the zone it is in), else the
 * other enterprises, else the zones. The stated amount is kept.
 */
import type { ExtractedEntity } from '../../types';
import { amountsIn } from './quantities';
import { addRole, between, type Item, type RelationRule, type SentenceView } from './view';

const isOrg = (i: Item): boolean => i.entity.kind === 'Organization';
const isEnterprise = (i: Item): boolean =>
  isOrg(i) && (i.entity.roles.includes('Enterprise') || i.ref) && !i.entity.roles.includes('Investor');

/** Lower-case words, punctuation, quotes, legal forms and referring expressions only: nothing else named in between. */
function plainGap(view: SentenceView, from: number, to: number): boolean {
  let gap = between(view, from, to);
  for (const ref of view.items.filter((i) => i.ref && i.start >= from && i.end <= to))
    gap = gap.slice(0, ref.start - from) + ' '.repeat(ref.end - ref.start) + gap.slice(ref.end - from);
  return /^[\s\p{Ll},.'’"«„“-]*$/u.test(
    gap.replace(/(?<!\p{L})\p{Lu}{2,4}(?!\p{L})|\p{Lu}\p{Ll}+(?=\s)/gu, (m) =>
      view.article.lexicon.legalPrefixes.includes(m) || m === 'ist' ? ' ' : m,
    ),
  );
}

function investorOf(view: SentenceView, cueStart: number, cueEnd: number): Item | undefined {
  const orgs = view.items.filter(isOrg);
  const flagged = orgs.find(
    (i) => !i.ref && i.entity.mentions.some((m) => m.start === i.start && m.rule.endsWith('investor-name')),
  );
  if (flagged) return flagged;
  // "investor of X", "Investor des Unternehmens", "Инвестором предприятия": what follows directly is the target.
  const after = orgs.find(
    (i) =>
      !i.ref &&
      i.start >= cueEnd &&
      plainGap(view, cueEnd, i.start) &&
      !(
        view.article.lexicon.cue.investTargetOf.test(between(view, cueEnd, i.start)) &&
        !view.items.some((r) => r.ref && r.start >= cueEnd && r.end <= i.start)
      ) &&
      between(view, cueEnd, i.start).trim() !== '',
  );
  if (after) return after;
  const before = [...orgs].reverse().find((i) => i.end <= cueStart && plainGap(view, i.end, cueStart));
  if (before) return before;
  const distance = (i: Item): number => (i.end <= cueStart ? cueStart - i.end : i.start - cueEnd);
  return [...orgs].sort((a, b) => distance(a) - distance(b))[0];
}

function targetsOf(view: SentenceView, investor: Item, cueStart: number, cueEnd: number): ExtractedEntity[] {
  const { text } = view.article;
  const others = view.items.filter((i) => i.entity !== investor.entity);
  // "the investor of Jizzakh Glass Works", "Инвестором предприятия".
  const named = others.find(
    (i) =>
      (isOrg(i) || i.entity.roles.includes('EconomicZone')) &&
      i.start >= cueEnd &&
      view.article.lexicon.cue.investorOf.test(between(view, cueEnd, i.start)),
  );
  if (named) return [named.entity];
  // The enterprise the investor phrase hangs on: nearest before the cue (or before the investor named first).
  const anchor = Math.min(cueStart, investor.start);
  const previous = [...others]
    .reverse()
    .find((i) => i.end <= anchor && (isEnterprise(i) || i.entity.roles.includes('EconomicZone')));
  if (previous && isEnterprise(previous)) {
    const unnamed = view.article.lexicon.cue.unnamedEnterprise.test(text.slice(previous.end, anchor));
    if (!unnamed) return [previous.entity];
    const zone = others.find((i) => i.entity.roles.includes('EconomicZone'));
    return zone ? [zone.entity] : [];
  }
  const enterprises = others.filter(isEnterprise);
  const zones = others.filter((i) => i.entity.roles.includes('EconomicZone'));
  return [...new Set((enterprises.length > 0 ? enterprises : zones).map((t) => t.entity))];
}

export const investments: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const match = lexicon.cue.investor.exec(text) ?? lexicon.cue.invest.exec(text);
  if (!match) return;
  const cueStart = view.sentence.start + match.index;
  const cueEnd = cueStart + match[0].length;
  const investor = investorOf(view, cueStart, cueEnd);
  if (!investor) return;
  const [amount] = amountsIn(text, lexicon);
  const properties: Record<string, string | number> = amount
    ? { amount: amount.amount, currency: amount.currency }
    : {};
  for (const target of targetsOf(view, investor, cueStart, cueEnd)) {
    addRole(investor.entity, 'Investor');
    view.emit('INVESTS_IN', investor.entity, target, properties, `${language}.invest.cue`, 0.7);
  }
};
