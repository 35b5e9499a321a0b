/**
 * When a post was held, as the text around a title says it (the pack's `tenure` cues):
 * "former ambassador" ended at the latest on the publication date, "newly appointed" began then,
 * "appointed in March 2023", "since 2022", "seit 2022", "с 2022 года" give validFrom, "until 2021",
 * "bis 2021", "до 2021 года" validTo. Only near the title and its holder: from the title (or the
 * name, whichever comes first) to the next title in the sentence (a German date before its cue,
 * "im März 2023 ernannte", up to 40 characters before). A bound after the publication
 * year (a plan "until 2030") is not a bound of the post.
 */
import type { LanguagePack } from '../../languages';
import type { TitleLink } from '../mentions';
import { monthOf } from './quantities';
import type { SentenceView } from './view';

export interface TenureBounds {
  validFrom?: string;
  validTo?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first date in a short text: a month with a year ("March 2023", "марте 2023 года"), a year, or a month of the publication year. */
function dateIn(text: string, lexicon: LanguagePack, publishedAt: string | undefined): string | undefined {
  for (const token of text.matchAll(/\p{L}+|\d+/gu)) {
    const word = token[0];
    if (/^\d{4}$/.test(word)) return word;
    const month = /^\p{L}/u.test(word) ? monthOf(word, lexicon) : undefined;
    if (month === undefined) continue;
    const year = /^\D{0,12}?(\d{4})(?!\d)/u.exec(text.slice((token.index ?? 0) + word.length))?.[1];
    if (year) return `${year}-${pad(month)}`;
    // "appointed in March": the publication year's March, or the year before when March is yet to come.
    if (!publishedAt) return undefined;
    const y = Number(publishedAt.slice(0, 4)) - (month > Number(publishedAt.slice(5, 7)) ? 1 : 0);
    return `${y}-${pad(month)}`;
  }
  return undefined;
}

/** The first date a cue of `cue` in the window points at: the text after it (before it when `before`), up to 40 characters. */
function cuedDate(
  window: string,
  cue: RegExp,
  before: boolean,
  lexicon: LanguagePack,
  publishedAt: string | undefined,
): string | undefined {
  cue.lastIndex = 0;
  for (const match of window.matchAll(cue)) {
    const at = match.index ?? 0;
    const near = before
      ? window.slice(Math.max(0, at - 40), at)
      : window.slice(at + match[0].length, at + match[0].length + 40);
    // The date must be the next thing said, not a date later in a clause: up to the first comma or semicolon.
    const clause = before ? near.split(/[,;]/).at(-1)! : near.split(/[,;]/)[0]!;
    const date = dateIn(clause, lexicon, publishedAt);
    if (date) return date;
  }
  return undefined;
}

export function tenureBounds(view: SentenceView, link: TitleLink): TenureBounds {
  const { text, lexicon, publishedAt } = view.article;
  const cues = lexicon.tenure;
  const bounds: TenureBounds = {};
  const lead = text.slice(Math.max(view.sentence.start, link.titleStart - 40), link.titleStart);
  if (cues.former.test(lead) && publishedAt) bounds.validTo = publishedAt;
  else if (cues.newly.test(lead) && publishedAt) bounds.validFrom = publishedAt;
  // The window: from the title or its holder, whichever comes first, to the next title of the sentence.
  const start = Math.min(link.titleStart, link.person.start);
  const after = Math.max(link.titleEnd, link.person.end);
  const next = view.state.links
    .filter((l) => l.person.sentenceIndex === view.sentence.index)
    .map((l) => Math.min(l.titleStart, l.person.start))
    .filter((at) => at >= after);
  const end = Math.min(view.sentence.end, ...next);
  const window = text.slice(start, end);
  // A date before its cue ("im März 2023 ernannte Botschafter") may come before the title.
  const leadWindow = text.slice(Math.max(view.sentence.start, start - 40), end);
  const year = publishedAt?.slice(0, 4) ?? '9999';
  const notLater = (date: string | undefined) => (date !== undefined && date.slice(0, 4) <= year ? date : undefined);
  const from =
    notLater(cuedDate(window, cues.start, false, lexicon, publishedAt)) ??
    notLater(cuedDate(leadWindow, cues.startBefore, true, lexicon, publishedAt));
  if (from && !bounds.validFrom) bounds.validFrom = from;
  const to = notLater(cuedDate(window, cues.end, false, lexicon, publishedAt));
  if (to && !bounds.validTo) bounds.validTo = to;
  // A start after the end is a misreading of one of them: keep neither.
  if (bounds.validFrom && bounds.validTo && bounds.validFrom.slice(0, 7) > bounds.validTo.slice(0, 7)) return {};
  return bounds;
}
