/**
 * Dates, periods and amounts in a sentence: "on 9 February" (year from the
 * dateline), "от 7 до 10", "412 million US dollars", "4,4 Milliarden US-Dollar",
 * "64,5 млн долларов США", "in 2023", "January-September 2024", "первое полугодие 2024 года".
 */
import type { LanguagePack } from '../../languages';

export interface Amount {
  amount: number;
  currency: string;
  start: number;
  end: number;
}

export function monthOf(word: string, lexicon: LanguagePack): number | undefined {
  const lower = word.toLowerCase();
  return lexicon.months.find(([stem]) => new RegExp(`^${stem}`, 'u').test(lower))?.[1];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The single day stated in a sentence ("9 February", "February 9", "4. Juni", "13 марта"), as YYYY-MM-DD. */
export function dateIn(text: string, lexicon: LanguagePack, year: string | undefined): string | undefined {
  const dayMonth = /(?<![\d-])(\d{1,2})\.?\s+(\p{L}+)(?:\s+(\d{4}))?/gu;
  const monthDay = /(?<![\p{L}])(\p{L}+)\s+(\d{1,2})(?![\d])(?:,?\s+(\d{4}))?/gu;
  const closing = new RegExp(`(?:\\d\\s*(?:-|–|${lexicon.dayRange.closing})\\s*)$`);
  const opening = new RegExp(`^\\s*(?:-|–|${lexicon.dayRange.opening})\\s*\\d`);
  for (const match of text.matchAll(dayMonth)) {
    const month = monthOf(match[2] ?? '', lexicon);
    const y = match[3] ?? year;
    if (month && y && !closing.test(text.slice(0, match.index))) {
      if (opening.test(text.slice((match.index ?? 0) + (match[1]?.length ?? 0)))) continue;
      return `${y}-${pad(month)}-${pad(Number(match[1]))}`;
    }
  }
  for (const match of text.matchAll(monthDay)) {
    const month = monthOf(match[1] ?? '', lexicon);
    const y = match[3] ?? year;
    if (month && y && Number(match[2]) <= 31) return `${y}-${pad(month)}-${pad(Number(match[2]))}`;
  }
  return undefined;
}

/** A day range ("from 7 to 10 February", "vom 16. bis 18. April", "am 22. und 23. Oktober", "с 7 по 10 февраля", "February 7-10"), as YYYY-MM-DD/YYYY-MM-DD. */
export function dayRangeIn(text: string, lexicon: LanguagePack, year: string | undefined): string | undefined {
  const link = String.raw`\s*(?:-|–|${lexicon.dayRange.link})\s*`;
  const dayFirst = new RegExp(
    `(?<![\\d.])(\\d{1,2})(?!\\d)\\.?${link}(\\d{1,2})(?!\\d)\\.?\\s+(\\p{L}+)(?:\\s+(\\d{4}))?`,
    'gu',
  );
  const monthFirst = new RegExp(`(\\p{L}+)\\s+(\\d{1,2})(?!\\d)${link}(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4}))?`, 'gu');
  for (const match of text.matchAll(dayFirst)) {
    const month = monthOf(match[3] ?? '', lexicon);
    const y = match[4] ?? year;
    if (month && y && Number(match[1]) < Number(match[2]))
      return `${y}-${pad(month)}-${pad(Number(match[1]))}/${y}-${pad(month)}-${pad(Number(match[2]))}`;
  }
  for (const match of text.matchAll(monthFirst)) {
    const month = monthOf(match[1] ?? '', lexicon);
    const y = match[4] ?? year;
    if (month && y && Number(match[2]) < Number(match[3]))
      return `${y}-${pad(month)}-${pad(Number(match[2]))}/${y}-${pad(month)}-${pad(Number(match[3]))}`;
  }
  return undefined;
}

/** Symbols and ISO codes written before the number ("$452.0 million", "USD 17 mln"): the same in every language. */
const PREFIX_CURRENCIES: readonly (readonly [string, string])[] = [
  ['US\\$|\\$', 'USD'],
  ['€', 'EUR'],
  ['USD|EUR|RUB|CNY|KZT|UZS|KGS|TJS|TMT', ''],
];

function numberValue(raw: string, lexicon: LanguagePack, scaleWord: string): number {
  const decimal = lexicon.decimalSeparator;
  const digits = raw.replace(/\s/g, '');
  const normal = decimal === '.' ? digits.replace(/,/g, '') : digits.replace(/\./g, '').replace(',', '.');
  const scale = lexicon.scales.find(([word]) => new RegExp(`^(?:${word})$`, 'iu').test(scaleWord))?.[1] ?? 1;
  return Math.round(Number(normal) * scale);
}

/** Money amounts in full units: "412 million US dollars", "4,4 Milliarden US-Dollar", "$452.0 million". */
export function amountsIn(text: string, lexicon: LanguagePack): Amount[] {
  const scales = lexicon.scales.map(([word]) => word).join('|');
  const currencies = lexicon.currencies.map(([word]) => word).join('|');
  const number = '(\\d+(?:[.,\\s]\\d+)*)';
  const after = new RegExp(`${number}\\s*(${scales})?\\.?\\s*(${currencies})(?![\\p{L}])`, 'giu');
  const prefixes = PREFIX_CURRENCIES.map(([word]) => word).join('|');
  const before = new RegExp(`(?<![\\p{L}])(${prefixes})\\s?${number}(?:\\s*(${scales})(?![\\p{L}]))?`, 'gu');
  const found: Amount[] = [];
  for (const match of text.matchAll(after)) {
    const currencyWord = (match[3] ?? '').toLowerCase();
    const currency = lexicon.currencies.find(([word]) => new RegExp(`^(?:${word})$`, 'iu').test(currencyWord))?.[1];
    if (!currency) continue;
    const start = match.index ?? 0;
    const amount = numberValue(match[1] ?? '', lexicon, (match[2] ?? '').toLowerCase());
    found.push({ amount, currency, start, end: start + match[0].length });
  }
  for (const match of text.matchAll(before)) {
    const start = match.index ?? 0;
    if (found.some((f) => start < f.end && start + match[0].length > f.start)) continue;
    const symbol = match[1] ?? '';
    const currency = PREFIX_CURRENCIES.find(([word]) => new RegExp(`^(?:${word})$`, 'u').test(symbol))?.[1] || symbol;
    const amount = numberValue(match[2] ?? '', lexicon, (match[3] ?? '').toLowerCase());
    found.push({ amount, currency, start, end: start + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The English words of month counts, for a period written out when its year is not known (the output is English). */
const englishCounts = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

/**
 * The reporting period of a figure, looked for in the text just after (then before) the amount:
 * "January-August 2024" as 2024-01/2024-08, a whole year as YYYY (like a date given only to the
 * month, a period is written to the precision the text gives), the previous year resolved against the
 * dateline, and short free text when the year is not known ("last year", "10 months this year").
 */
export function periodIn(text: string, lexicon: LanguagePack, publishedYear: string | undefined): string | undefined {
  const { period } = lexicon;
  const year = /(?<!\d)(20\d\d)(?!\d)/.exec(text)?.[1];
  const y = year ?? publishedYear;
  const { monthLink } = lexicon.dayRange;
  const range = new RegExp(String.raw`(\p{L}+)\s*(?:-|–${monthLink ? `|${monthLink}` : ''})\s*(\p{L}+)`, 'gu');
  for (const match of text.matchAll(range)) {
    const from = monthOf(match[1] ?? '', lexicon);
    const to = monthOf(match[2] ?? '', lexicon);
    if (from && to && y) return `${y}-${pad(from)}/${y}-${pad(to)}`;
  }
  if (period.half.test(text) && y) return period.secondHalf.test(text) ? `${y}-07/${y}-12` : `${y}-01/${y}-06`;
  const word = (period.monthCount.exec(text)?.[1] ?? '').toLowerCase();
  const count =
    /^\d+$/.test(word) && Number(word) <= 12 ? Number(word) : period.countWords.find(([w]) => w === word)?.[1];
  if (count && year) return `${year}-01/${year}-${pad(count)}`;
  const written = period.asWritten?.exec(text)?.[0];
  if (count) return written ?? `first ${englishCounts[count - 2] ?? count} months of the current year`;
  if (period.previousYear.test(text) && !year) return publishedYear ? String(Number(publishedYear) - 1) : written;
  if (year) return year;
  return undefined;
}
