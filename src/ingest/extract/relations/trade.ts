/**
 * TRADE_WITH: a trade cue with a money amount; one relation per figure, between
 * the two territories of the sentence (the region by reference: "the region's
 * trade", "товарооборот области"), or "the two countries" of the article.
 * Targets ("raise it to ...") are skipped.
 */
import { amountsIn, periodIn } from './quantities';
import { isPlace, type RelationRule } from './view';

export const trade: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  if (!lexicon.cue.trade.test(text) || lexicon.cue.target.test(text)) return;
  const amounts = amountsIn(text, lexicon);
  if (amounts.length === 0) return;
  let parties = [
    ...new Set(
      view.items.filter((i) => isPlace(i.entity) && !i.entity.roles.includes('EconomicZone')).map((i) => i.entity),
    ),
  ];
  if (parties.length < 2 && /two countries|beiden Länder|двух стран/i.test(text)) {
    parties = [...view.state.entities.filter((e) => e.kind === 'Country')]
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, 2);
  }
  const [a, b] = parties;
  if (!a || !b) return;
  let previousYear: string | undefined;
  amounts.forEach((amount, index) => {
    const next = amounts[index + 1];
    const window = text.slice(amount.end, next ? next.start : text.length);
    const before = text.slice(index === 0 ? 0 : (amounts[index - 1]?.end ?? 0), amount.start);
    let period = periodIn(window, lexicon, undefined) ?? periodIn(before, lexicon, view.state.publishedYear);
    if (/year earlier|годом ранее|vorjahr/i.test(window) && previousYear)
      period = `${Number(previousYear) - 1}-01/${Number(previousYear) - 1}-12`;
    previousYear = period?.slice(0, 4) ?? previousYear;
    const properties: Record<string, string | number> = { amount: amount.amount, currency: amount.currency };
    if (period) properties.period = period;
    view.emit('TRADE_WITH', a, b, properties, `${language}.trade.amount`, 0.75);
  });
};
