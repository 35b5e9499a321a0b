/**
 * Sentence segmentation with offsets into the original text. Lines are hard
 * boundaries (news copy puts headings, datelines and list items on their own
 * lines), except in hard-wrapped copy, where a line cut at the wrap width runs
 * on into the next; inside a line, Intl.Segmenter finds sentences, and a break
 * after a known abbreviation or an initial is undone.
 */
import { packs } from './languages';
import type { Language, Sentence } from './types';

/** Tokens that end with a full stop without ending a sentence, per language. */

function endsWithAbbreviation(segment: string, language: Language): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const body = trimmed.slice(0, -1);
  // An initial such as "A." or "Б." in "A. Karimov" or "А.Б. Сапаров", or the first letter of "z. B.", "т. е.".
  if (/(?:^|[\s(])\p{L}$/u.test(body) || /(?:^|[\s(])\p{Lu}\.\p{Lu}$/u.test(body)) return true;
  // An ordinal in a language that writes them so ("am 11. September", "vom 16. bis 18. April") does not end a sentence.
  if (packs[language].ordinalDates && /(?:^|[\s(])\d{1,2}$/u.test(body)) return true;
  return packs[language].abbreviations.some((abbr) => body === abbr || body.endsWith(` ${abbr}`));
}

/** A line that ends a sentence, a heading or a list item the usual way: with punctuation or a closing quote. */
const closedLine = /[.!?:;…"”»)]\s*$/u;
/** Lines longer than this are paragraphs, not wrapped ones. */
const longestWrap = 100;

/**
 * The lines of hard-wrapped copy ("...a meeting between Deputy\nMinister of Foreign Affairs..."): lines that end
 * open, near the text's wrap width (the longest line up to 100 characters), and go on on the next line. Three
 * such lines make the text wrapped; fewer are headings and the like, and nothing is joined.
 */
function wrappedLines(lines: RegExpExecArray[]): Set<number> {
  const width = Math.max(0, ...lines.map((line) => line[0].length).filter((length) => length <= longestWrap));
  const wrapped = lines.filter(
    (line, index) =>
      line[0].length <= longestWrap &&
      line[0].length >= width - 20 &&
      !closedLine.test(line[0]) &&
      lines[index + 1]?.index === line.index + line[0].length + 1, // the next line follows, with no blank line
  );
  return new Set(wrapped.length >= 3 ? wrapped.map((line) => line.index) : []);
}

/** The text's lines, a hard-wrapped paragraph as one (its newlines kept in the text). */
function logicalLines(text: string): { index: number; text: string }[] {
  const lines = [...text.matchAll(/[^\n]+/g)] as RegExpExecArray[];
  const wrapped = wrappedLines(lines);
  const logical: { index: number; text: string }[] = [];
  let start: number | undefined;
  for (const line of lines) {
    start ??= line.index;
    if (wrapped.has(line.index)) continue;
    logical.push({ index: start, text: text.slice(start, line.index + line[0].length) });
    start = undefined;
  }
  return logical;
}

export function segment(text: string, language: Language = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { index, text: lineText } of logicalLines(text)) {
    const line = { index, 0: lineText };
    // A stored page's date line ("date 2024-06-20") runs into the first sentence on the same line: a sentence of its own.
    // "date" is the corpus's file format, the same in every language, not a word of one.
    // eslint-disable-next-line silkgraph/language-literals
    const dateLine = /^\s*date \d{4}-\d{2}-\d{2}\s+/u.exec(line[0]);
    let offset = 0;
    if (dateLine) {
      push(sentences, text, { start: line.index, end: line.index + dateLine[0].length });
      offset = dateLine[0].length;
    }
    let pending: { start: number; end: number } | undefined;
    // The segmenter breaks at every newline: a wrapped line's are spaces to it (of the same length, so offsets hold).
    for (const part of segmenter.segment(line[0].slice(offset).replaceAll('\n', ' '))) {
      const start = line.index + offset + part.index;
      const end = start + part.segment.length;
      pending = pending ? { start: pending.start, end } : { start, end };
      if (!endsWithAbbreviation(text.slice(pending.start, pending.end), language)) {
        push(sentences, text, pending);
        pending = undefined;
      }
    }
    if (pending) push(sentences, text, pending);
  }
  return sentences;
}

function push(sentences: Sentence[], text: string, span: { start: number; end: number }): void {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
}
