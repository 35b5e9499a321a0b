/**
 * People, anchored on title phrases: the name after a title and its complement
 * ("Ambassador of Kazakhstan to Uzbekistan Beibut Atamkulov", "der Akim des
 * Gebiets Almaty, Marat Sultangaziev", "посол Казахстана в Узбекистане Бейбут
 * Атамкулов", "Deputy Governor Mr. Ali Veli") or before it ("Talant Seitkaliev,
 * Minister of ...", "Ali Veli the Deputy Governor of ..."). Each anchoring is
 * recorded as a TitleLink for the title relations. Names without a title come
 * from the name chunker alone (two or three name words nothing else claimed,
 * or one after a courtesy word or an initial).
 */
import { SpanIndex } from '../span-index';
import type { ArticleContext, Candidate } from '../context';
import type { TitleSpec } from '../../languages';
import { capitalisedNames } from './capitalised-names';
import { NameChunker, tokenize, type Chunk, type Token } from './name-chunker';
import { makeCandidate, sentenceScan, type SentenceScan } from './sentence-scan';
import { citationForm, findTitlePhrases, type TitlePhrase } from './title-phrases';
import { placeBeforeTitle, placeInComplement, repeatPlaces } from './title-places';

export interface TitleLink {
  person: Candidate;
  title: TitleSpec;
  titleStart: number;
  /** End of the title phrase (a description of the post included). */
  titleEnd: number;
  /** The title as written, in its citation form: the `title` of the relation. */
  titleSurface: string;
  /** The phrase describes a post inside a body ("head of the press service"), not the head of a territory. */
  described: boolean;
  /** Offsets of the complement between title and name (or after the title when the name comes first). */
  complementStart: number;
  complementEnd: number;
}

/** The name after a title: across connectors, claimed names, commas and brackets, but not into the complement's own names. */
function nameAfter(scan: SentenceScan, phrase: TitlePhrase, persons: Candidate[]): Chunk | undefined {
  const { list, chunker } = scan;
  const after = list.findIndex((t) => t.start >= phrase.end);
  if (after < 0) return undefined;
  // "Governor Veliyev" after "Ali Veliyev" was named; "President Veliyev noted": a surname right after the title
  // (not in a title-case headline, where every word is capitalised).
  const single = list[after];
  if (
    single &&
    (knownSurname(single.text, persons) || surnameAfterTitle(scan, phrase, single, persons)) &&
    chunker.isNameWord(single) &&
    !chunker.isNameWord(list[after + 1])
  )
    return { first: after, last: after, marked: false };
  let portfolioWords = 0;
  for (let i = after, steps = 0; i < list.length && steps < 16; steps += 1) {
    const token = list[i] as Token;
    if (token.text === '(') {
      const close = list.findIndex((t, k) => k > i && t.text === ')');
      if (close < 0) return undefined;
      i = close + 1;
      continue;
    }
    const chunk = chunker.chunkAt(list, i, scan.maxWords);
    if (chunk) {
      const run = chunker.runLength(list, i);
      // "Changji Hui Autonomous Prefecture": a run that ends in a word of a thing's name is that name.
      if (!chunk.marked && chunker.isNonName(list[i + run])) {
        i += run + 1;
        continue;
      }
      const afterArticle = i > after && scan.article.test(list[i - 1]?.text ?? '');
      if (!afterArticle || chunk.marked) return chunk;
      // After "of"/"der"/"в" a run belongs to the complement ("der Deutschen Wirtschaft"), unless it is long enough to end in a name.
      if (run >= 3) return { first: i + run - 2, last: i + run - 1, marked: false };
      i += run;
      continue;
    }
    // A portfolio ("for investment and foreign trade", "по инвестициям") of a few lower-case words.
    if (scan.portfolio.test(token.text)) portfolioWords = 4;
    else if (portfolioWords > 0 && /^\p{Ll}/u.test(token.text)) {
      portfolioWords -= 1;
      i += 1;
      continue;
    }
    // "the Tajik northern province of": a lower-case word right before a place word of the complement.
    const next = list[i + 1];
    if (/^\p{Ll}/u.test(token.text) && next && scan.connector.test(next.text) && !scan.article.test(next.text)) {
      i += 1;
      continue;
    }
    // Commas, quotation marks, connectors, acronyms of bodies ("TURKSOY"), names of the complement.
    const passable =
      /^[,„“”"«»]$/u.test(token.text) ||
      /^\p{Lu}{2,}$/u.test(token.text) ||
      scan.connector.test(token.text) ||
      chunker.isNameWord(token) ||
      chunker.isNonName(token) ||
      scan.taken(token.start);
    if (!passable) return undefined;
    i += 1;
  }
  return undefined;
}

/** The name before a title: "NAME, (the) TITLE" or "NAME the TITLE". */
function nameBefore(
  scan: SentenceScan,
  phrase: TitlePhrase,
  persons: Candidate[],
  linked: TitleLink[],
): { chunk?: Chunk; person?: Candidate } | undefined {
  const { list } = scan;
  let j = list.filter((t) => t.end <= phrase.start).length - 1;
  const articleBefore = scan.apposition.test(list[j]?.text ?? '');
  if (articleBefore) j -= 1;
  const comma = list[j]?.text === ',';
  if (comma) j -= 1;
  if (!comma && !articleBefore) return undefined;
  const end = list[j];
  if (!end) return undefined;
  const person = persons.find((p) => p.end === end.end);
  // In a list "TITLE1 NAME1, the TITLE2 NAME2", the second title is not NAME1's.
  if (person && linked.some((l) => l.person === person && l.complementEnd <= person.start)) return undefined;
  if (person) return { person };
  const chunk = scan.chunker.chunkEndingAt(list, j);
  return chunk ? { chunk } : undefined;
}

/** ", the TITLE": the title follows a comma and an article. */
function commaThe(scan: SentenceScan, phrase: TitlePhrase): boolean {
  const before = scan.list.filter((t) => t.end <= phrase.start);
  return before.at(-2)?.text === ',' && scan.apposition.test(before.at(-1)?.text ?? '');
}

/** Where the complement of a title after its holder's name ends: the clause, and an organisation in apposition ("X, Deputy Chief of Mission, Japan's Embassy"). */
function complementEnd(scan: SentenceScan, phrase: TitlePhrase, sentenceEnd: number, claimed: Candidate[]): number {
  const rest = scan.context.text.slice(phrase.end, sentenceEnd);
  const clause = rest.search(/[,.;]/);
  if (clause < 0) return sentenceEnd;
  const end = phrase.end + clause;
  // Only the mentions right after the comma can be in apposition: a gap that is more than ", " stays so further on.
  for (let i = firstAfter(claimed, end); i < claimed.length; i++) {
    const c = claimed[i]!;
    if (!/^,\s*$/u.test(scan.context.text.slice(end, c.start))) break;
    if (c.kind === 'Organization') return c.end;
  }
  return end;
}

/** The index of the first of `claimed` (in text order) that starts after `offset`: a binary search. */
function firstAfter(claimed: Candidate[], offset: number): number {
  let low = 0;
  let high = claimed.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (claimed[middle]!.start > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** "Prime Minister Ali Veli of Ruritania": the body named right after the holder's name, joined by "of". */
function bodyAfterName(scan: SentenceScan, person: Candidate, claimed: Candidate[]): Candidate | undefined {
  const { lexicon, text } = scan.context;
  const gap = new RegExp(`^\\s+(?:${lexicon.postExtension})(?:\\s+(?:${lexicon.complementArticles}))?\\s+$`, 'iu');
  // The gap is one or two words (every lexicon's extension and articles are single words), so the search ends
  // at the first mention with three words or more before it.
  for (let i = firstAfter(claimed, person.end); i < claimed.length; i++) {
    const c = claimed[i]!;
    const between = text.slice(person.end, c.start);
    if (c.kind !== 'Person' && gap.test(between)) return c;
    if (/\S+\s+\S+\s+\S/u.test(between)) break;
  }
  return undefined;
}

export function findPersons(
  context: ArticleContext,
  claimed: Candidate[],
): { persons: Candidate[]; links: TitleLink[]; places: Candidate[] } {
  const persons: Candidate[] = [];
  const places: Candidate[] = [];
  const links: TitleLink[] = [];
  // Indexed by position; the persons and places found since the last question are added before answering.
  const spans = new SpanIndex(claimed);
  const indexed = { persons: 0, places: 0 };
  const taken = (offset: number): boolean => {
    for (; indexed.persons < persons.length; indexed.persons++) spans.add(persons[indexed.persons]!);
    for (; indexed.places < places.length; indexed.places++) spans.add(places[indexed.places]!);
    return spans.overlaps(offset, offset + 1);
  };
  const chunker = new NameChunker(context, taken);
  for (const sentence of context.sentences) {
    const list = tokenize(context.text, sentence.start, sentence.end);
    const scan = sentenceScan(context, list, chunker, taken);
    const phrases = findTitlePhrases(context, sentence, list, chunker, taken);
    const sentenceLinks: TitleLink[] = [];
    for (const phrase of phrases) {
      // A title inside another title's complement ("representative of the President of X") anchors no one.
      if (sentenceLinks.some((l) => phrase.start >= l.complementStart && phrase.start < l.complementEnd)) continue;
      if (taken(phrase.start)) continue;
      const link = (person: Candidate, complementStart: number, complementEnd: number): void => {
        const made: TitleLink = {
          person,
          title: phrase.spec,
          titleStart: phrase.start,
          titleEnd: phrase.end,
          titleSurface: phrase.title,
          described: phrase.described,
          complementStart,
          complementEnd,
        };
        links.push(made);
        sentenceLinks.push(made);
      };
      let after = nameAfter(scan, phrase, persons);
      let before = nameBefore(scan, phrase, persons, sentenceLinks);
      // "A, the TITLE of X, B, the TITLE2 ...": a title in apposition to the name before it, not to the next in the list.
      const appositive =
        list[list.filter((t) => t.end <= phrase.start).length - 1]?.text === ',' || commaThe(scan, phrase);
      const listed = after ? (list[after.first - 1]?.text ?? '') : '';
      if (after && before && appositive && (listed === ',' || scan.conjunction.test(listed))) after = undefined;
      else if (after) before = undefined;
      if (after) {
        const first = list[after.first] as Token;
        // A title in its citation form ("Председатель", "Посол") puts the name after it in the nominative too.
        const words = context.text.slice(phrase.start, phrase.wordsEnd);
        const person = makeCandidate(
          context,
          sentence.index,
          first,
          list[after.last] as Token,
          `${context.language}.person.title-name`,
          0.9,
          citationForm(words, context) === words.replace(/\s+/gu, ' '),
        );
        persons.push(person);
        link(person, phrase.end, bodyAfterName(scan, person, claimed)?.end ?? first.start);
        placeBeforeTitle(scan, phrase, sentence.index, places, claimed);
        placeInComplement(scan, phrase, first.start, sentence.index, places);
        continue;
      }
      if (!before) continue;
      let person = before.person;
      if (!person && before.chunk) {
        person = makeCandidate(
          context,
          sentence.index,
          list[before.chunk.first] as Token,
          list[before.chunk.last] as Token,
          `${context.language}.person.name-title`,
          0.9,
        );
        persons.push(person);
      }
      if (person) link(person, phrase.end, complementEnd(scan, phrase, sentence.end, claimed));
    }
    // Title phrases and their complements ("of the Senate of Oliy Majlis") hold no further names.
    const inTitle = (offset: number): boolean =>
      phrases.some((p) => offset >= p.start && offset < p.end) ||
      sentenceLinks.some((l) => offset >= l.complementStart && offset < l.complementEnd);
    capitalisedNames(scan, sentence.index, claimed, places, inTitle, persons);
  }
  repeatPlaces(context, places, [...claimed, ...persons]);
  return { persons, links, places };
}

/** "President Veliyev": a surname alone right after the title, where the lexicon allows it; not in a title-case headline. */
function surnameAfterTitle(scan: SentenceScan, phrase: TitlePhrase, token: Token, persons: Candidate[]): boolean {
  if (!scan.context.lexicon.surnameAfterTitle || scan.maxWords <= 2 || token.start !== phrase.end + 1) return false;
  // "Veliyevsaid": a known surname glued to the next word by a lost space is no new name.
  return !persons.some((p) => {
    const surname = p.surface.split(/\s+/).at(-1) ?? '';
    return surname.length >= 4 && token.text.startsWith(surname);
  });
}

function knownSurname(token: string, persons: Candidate[]): boolean {
  return persons.some((p) => p.surface.split(/\s+/).at(-1) === token);
}
