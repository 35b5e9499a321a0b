/**
 * People, anchored on titles: the name after a title and its complement
 * ("Ambassador of Kazakhstan to Uzbekistan Beibut Atamkulov", "der Akim des
 * Gebiets Almaty, Marat Sultangaziev", "посол Казахстана в Узбекистане Бейбут
 * Атамкулов") or before it ("Talant Seitkaliev, Minister of ..."). Each
 * anchoring is recorded as a TitleLink for the title relations. Names without a
 * title come from capitalisation (two or three name tokens nothing else claimed).
 */
import { personName } from '../naming';
import type { ArticleContext, Candidate } from '../context';
import type { TitleSpec } from '../lexicon';

export interface TitleLink {
  person: Candidate;
  title: TitleSpec;
  titleStart: number;
  titleEnd: number;
  titleSurface: string;
  /** Offsets of the complement between title and name (or after the title when the name comes first). */
  complementStart: number;
  complementEnd: number;
}

const TOKEN = /[\p{L}\p{M}'’-]+|[,.;:()]/gu;
const connectors = /^(?:of|the|to|in|at|des|der|den|dem|von|im|in|aus|в|во|и|and|und|для)$/i;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string, from: number, to: number): Token[] {
  const found: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match && match.index < to; match = TOKEN.exec(text)) {
    found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function isName(token: Token | undefined, context: ArticleContext, taken: (offset: number) => boolean): boolean {
  if (!token || taken(token.start)) return false;
  return /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}+)?$/u.test(token.text) && !context.lexicon.stopwords.has(token.text);
}

function makePerson(
  context: ArticleContext,
  sentenceIndex: number,
  first: Token,
  last: Token,
  rule: string,
  confidence: number,
): Candidate {
  const surface = context.text.slice(first.start, last.end);
  const name = personName(surface, context.language);
  return {
    start: first.start,
    end: last.end,
    surface,
    sentenceIndex,
    kind: 'Person',
    roles: [],
    name,
    base: name,
    rule,
    confidence,
  };
}

/** The name run of 2..3 tokens starting at index i, if any. */
function nameRun(list: Token[], i: number, context: ArticleContext, taken: (offset: number) => boolean): number {
  let n = 0;
  while (n < 3 && isName(list[i + n], context, taken)) n += 1;
  return n;
}

export function findPersons(
  context: ArticleContext,
  claimed: Candidate[],
): { persons: Candidate[]; links: TitleLink[] } {
  const persons: Candidate[] = [];
  const links: TitleLink[] = [];
  const taken = (offset: number): boolean =>
    claimed.some((c) => offset >= c.start && offset < c.end) ||
    persons.some((p) => offset >= p.start && offset < p.end);
  for (const sentence of context.sentences) {
    const list = tokens(context.text, sentence.start, sentence.end);
    for (const title of context.lexicon.titles) {
      const pattern = new RegExp(`(?<![\\p{L}-])(?:${title.pattern})(?![\\p{L}-])`, 'giu');
      for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
        const titleStart = sentence.start + m.index;
        const titleEnd = titleStart + m[0].length;
        if (persons.some((p) => titleStart >= p.start && titleStart < p.end)) continue;
        const after = list.findIndex((t) => t.start >= titleEnd);
        // Name after the title: skip a complement of connectors, claimed names and single capitalised words.
        let found = false;
        for (let i = after, steps = 0; i >= 0 && i < list.length && steps < 12; i += 1, steps += 1) {
          const token = list[i] as Token;
          const run = nameRun(list, i, context, taken);
          if (run >= 2 || (run === 1 && i === after && knownSurname(token.text, persons))) {
            const person = makePerson(
              context,
              sentence.index,
              token,
              list[i + run - 1] as Token,
              `${context.language}.person.title-name`,
              0.9,
            );
            persons.push(person);
            links.push({
              person,
              title,
              titleStart,
              titleEnd,
              titleSurface: m[0],
              complementStart: titleEnd,
              complementEnd: token.start,
            });
            found = true;
            break;
          }
          const claimedHere = taken(token.start);
          if (!(claimedHere || connectors.test(token.text) || token.text === ',' || isName(token, context, taken)))
            break;
        }
        if (found) continue;
        // Name before the title: "NAME, (the) TITLE of X".
        const before = list.filter((t) => t.end <= titleStart);
        let j = before.length - 1;
        if (before[j]?.text && /^(?:the|its|der|die|den)$/i.test(before[j]?.text ?? '')) j -= 1;
        if (before[j]?.text !== ',') continue;
        let k = j - 1;
        while (k >= 0 && isName(before[k], context, taken) && j - k <= 3) k -= 1;
        if (j - 1 - k >= 2) {
          const person = makePerson(
            context,
            sentence.index,
            before[k + 1] as Token,
            before[j - 1] as Token,
            `${context.language}.person.name-title`,
            0.9,
          );
          persons.push(person);
          const clause = sentence.text.slice(titleEnd - sentence.start).search(/[,.;]/);
          links.push({
            person,
            title,
            titleStart,
            titleEnd,
            titleSurface: m[0],
            complementStart: titleEnd,
            complementEnd: clause < 0 ? sentence.end : titleEnd + clause,
          });
        }
      }
    }
    if (context.language === 'de') continue;
    // Capitalised names nothing else claimed (English and Russian only: German capitalises every noun).
    for (let i = 0; i < list.length; i += 1) {
      const run = nameRun(list, i, context, taken);
      if (
        run >= 2 &&
        !(i === 0 && context.language === 'en' && run === 2 && /(?:ing|ed)$/.test(list[i]?.text ?? '')) &&
        looksLikePerson(context, list.slice(i, i + run), claimed)
      ) {
        persons.push(
          makePerson(
            context,
            sentence.index,
            list[i] as Token,
            list[i + run - 1] as Token,
            `${context.language}.person.capitalised`,
            0.6,
          ),
        );
        i += run - 1;
      }
    }
  }
  return { persons, links };
}

/** English word endings no personal name in this news has ("Crop Monitoring", "Regional Development"). */
const commonNounEnding = /(?:\p{L}{5}ing|tion|sion|ment|ness|ship|ology|ance|ence|ity)$/u;

/**
 * A capitalised run with no title is a person unless it ends in an organisation
 * word ("Kazakh Foreign Ministry"), repeats the start of a name another stage
 * found ("North Chungcheong" of "North Chungcheong Province"), or (English) has a
 * common-noun ending.
 */
function looksLikePerson(context: ArticleContext, run: Token[], claimed: Candidate[]): boolean {
  const text = run.map((t) => t.text).join(' ');
  const last = run.at(-1)?.text ?? '';
  const orgWords = [...context.lexicon.orgHeads, ...context.lexicon.orgSuffixes];
  if (orgWords.some((word) => last === word || (word.length > 4 && last.startsWith(word)))) return false;
  if (claimed.some((c) => c.kind !== 'Person' && (c.base === text || c.surface.startsWith(`${text} `)))) return false;
  return !(context.language === 'en' && run.some((t) => commonNounEnding.test(t.text)));
}

function knownSurname(token: string, persons: Candidate[]): boolean {
  return persons.some((p) => p.surface.split(/\s+/).at(-1) === token);
}
