/**
 * TRADE_WITH: a trade cue with a money amount; one relation per figure, between
 * the two territories of the sentence (the region by reference: "the region's
 * trade", "товарооборот области"), or "the two countries" of the article.
 * The value of a signed agreement is not a trade figure. "This figure" in a later sentence is another figure of the same pair. Targets ("raise it to ...") are skipped.
 */
import type { LanguagePack } from '../../languages';
import { amountsIn, periodIn } from './quantities';
import { isPlace, type RelationRule } from './view';

/** "signed a trade contract worth $5 million": a figure whose nearest cue before it is a signed agreement is its value. */
function agreementValue(text: string, at: number, lexicon: LanguagePack): boolean {
  if (!lexicon.cue.sign.test(text)) return false;
  const lastBefore = (cue: RegExp): number =>
    Math.max(
      -1,
      ...[...text.slice(0, at).matchAll(new RegExp(cue.source, `${cue.flags.replace('g', '')}g`))].map(
        (m) => m.index ?? -1,
      ),
    );
  return lastBefore(lexicon.cue.agreement) > lastBefore(lexicon.cue.trade);
}

export const trade: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const last = view.state.lastTrade;
  const figureRef = lexicon.cue.figureRef.test(text) && last !== undefined;
  const cued = lexicon.cue.trade.test(text);
  if (!(cued || figureRef) || lexicon.cue.target.test(text)) return;
  let parties = [
    ...new Set(
      view.items.filter((i) => isPlace(i.entity) && !i.entity.roles.includes('EconomicZone')).map((i) => i.entity),
    ),
  ];
  const amounts = amountsIn(text, lexicon).filter((a) => !agreementValue(text, a.start, lexicon));
  if (amounts.length === 0) {
    // "Uzbekistan accounts for 10% of the region's trade": the pair a figure in the next sentences is about.
    const [a, b] = parties;
    if (cued && a && b) view.state.lastTrade = { pair: [a, b], sentence: view.sentence.index };
    return;
  }
  if (parties.length < 2 && lexicon.cue.twoCountries.test(text)) {
    parties = [...view.state.entities.filter((e) => e.kind === 'Country')]
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, 2);
  }
  if (parties.length < 2 && figureRef) parties = [...(last?.pair ?? [])];
  // "В 2018 году внешнеторговый оборот превысил 82 млн долларов": no party named, the pair of the trade just mentioned.
  if (parties.length === 0 && last && view.sentence.index - last.sentence <= 2) parties = [...last.pair];
  const [a, b] = parties;
  if (!a || !b) return;
  view.state.lastTrade = { pair: [a, b], sentence: view.sentence.index };
  let previousYear: string | undefined;
  amounts.forEach((amount, index) => {
    const next = amounts[index + 1];
    // The period right after the figure belongs to it up to the clause's end: "187 млн, а за январь-февраль 2024 года - 29 млн".
    const window = text.slice(amount.end, next ? next.start : text.length).split(/[,;]/)[0] ?? '';
    const before = text.slice(index === 0 ? 0 : (amounts[index - 1]?.end ?? 0), amount.start);
    let period = periodIn(window, lexicon, undefined) ?? periodIn(before, lexicon, view.state.publishedYear);
    if (lexicon.period.previousYear.test(window) && previousYear) period = String(Number(previousYear) - 1);
    previousYear = period?.slice(0, 4) ?? previousYear;
    const properties: Record<string, string | number> = { amount: amount.amount, currency: amount.currency };
    if (period) properties.period = period;
    view.emit('TRADE_WITH', a, b, properties, `${language}.trade.amount`, 0.75);
  });
};
