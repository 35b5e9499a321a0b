/**
 * Dates, periods and amounts in a sentence: "on 9 February" (year from the
 * dateline), "от 7 до 10", "412 million US dollars", "4,4 Milliarden US-Dollar",
 * "64,5 млн долларов США", "in 2023", "January-September 2024", "первое полугодие 2024 года".
 */
import type { Lexicon } from '../lexicon';

export interface Amount {
  amount: number;
  currency: string;
  start: number;
  end: number;
}

function monthOf(word: string, lexicon: Lexicon): number | undefined {
  const lower = word.toLowerCase();
  return lexicon.months.find(([stem]) => new RegExp(`^${stem}`, 'u').test(lower))?.[1];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The single day stated in a sentence ("9 February", "February 9", "4. Juni", "13 марта"), as YYYY-MM-DD. */
export function dateIn(text: string, lexicon: Lexicon, year: string | undefined): string | undefined {
  const dayMonth = /(?<![\d-])(\d{1,2})\.?\s+(\p{L}+)(?:\s+(\d{4}))?/gu;
  const monthDay = /(?<![\p{L}])(\p{L}+)\s+(\d{1,2})(?![\d])(?:,?\s+(\d{4}))?/gu;
  for (const match of text.matchAll(dayMonth)) {
    const month = monthOf(match[2] ?? '', lexicon);
    const y = match[3] ?? year;
    if (month && y && !/(?:\d\s*(?:-|–|to|bis|до)\s*)$/.test(text.slice(0, match.index))) {
      if (/^\s*(?:-|–|to|bis|до|und|and)\s*\d/.test(text.slice((match.index ?? 0) + (match[1]?.length ?? 0)))) continue;
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
export function dayRangeIn(text: string, lexicon: Lexicon, year: string | undefined): string | undefined {
  const link = String.raw`\s*(?:-|–|to|bis|und|and|по|до|и)\s*`;
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

export function amountsIn(text: string, lexicon: Lexicon): Amount[] {
  const scales = lexicon.scales.map(([word]) => word).join('|');
  const currencies = lexicon.currencies.map(([word]) => word).join('|');
  const pattern = new RegExp(`(\\d+(?:[.,\\s]\\d+)*)\\s*(${scales})?\\.?\\s*(${currencies})(?![\\p{L}])`, 'giu');
  const found: Amount[] = [];
  for (const match of text.matchAll(pattern)) {
    const decimal = lexicon.language === 'en' ? '.' : ',';
    const raw = (match[1] ?? '').replace(/\s/g, '');
    const normal = decimal === '.' ? raw.replace(/,/g, '') : raw.replace(/\./g, '').replace(',', '.');
    const scaleWord = (match[2] ?? '').toLowerCase();
    const scale = lexicon.scales.find(([word]) => new RegExp(`^(?:${word})$`, 'iu').test(scaleWord))?.[1] ?? 1;
    const currencyWord = (match[3] ?? '').toLowerCase();
    const currency = lexicon.currencies.find(([word]) => new RegExp(`^(?:${word})$`, 'iu').test(currencyWord))?.[1];
    if (!currency) continue;
    found.push({
      amount: Math.round(Number(normal) * scale),
      currency,
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
    });
  }
  return found;
}

const ordinalCounts: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  два: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
};

/** The reporting period of a figure, looked for in the text just after (then before) the amount. */
export function periodIn(text: string, lexicon: Lexicon, publishedYear: string | undefined): string | undefined {
  const year = /(?<!\d)(20\d\d)(?!\d)/.exec(text)?.[1];
  const range = /(\p{L}+)\s*(?:-|–|bis)\s*(\p{L}+)/gu;
  for (const match of text.matchAll(range)) {
    const from = monthOf(match[1] ?? '', lexicon);
    const to = monthOf(match[2] ?? '', lexicon);
    const y = year ?? publishedYear;
    if (from && to && y) return `${y}-${pad(from)}/${y}-${pad(to)}`;
  }
  const y = year ?? publishedYear;
  if (/half|halbjahr|полугоди/i.test(text) && y)
    return /second|zweit|втор/i.test(text) ? `${y}-07/${y}-12` : `${y}-01/${y}-06`;
  const months = /(\p{L}+)\s+(?:months|monat\p{L}*|месяц\p{L}*)/iu.exec(text);
  const count = months ? ordinalCounts[(months[1] ?? '').toLowerCase()] : undefined;
  if (count && year) return `${year}-01/${year}-${pad(count)}`;
  if (count)
    return `first ${Object.keys(ordinalCounts).find((k) => ordinalCounts[k] === count) ?? count} months of the current year`;
  if (/year earlier|vergangenen jahr|годом ранее|прошл\p{L}+ год/iu.test(text) && !year && publishedYear) {
    const previous = String(Number(publishedYear) - 1);
    return `${previous}-01/${previous}-12`;
  }
  if (year) return `${year}-01/${year}-12`;
  return undefined;
}
