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
import { demonymOf } from '../demonym';
import { personName } from '../naming';
import type { ArticleContext, Candidate } from '../context';
import type { TitleSpec } from '../lexicon';
import { isTitleCase, NameChunker, tokenize, type Chunk, type Token } from './name-chunker';
import { citationForm, findTitlePhrases, type TitlePhrase } from './title-phrases';

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

function makeCandidate(
  context: ArticleContext,
  sentenceIndex: number,
  first: Token,
  last: Token,
  rule: string,
  confidence: number,
  nominative = false,
): Candidate {
  const surface = context.text.slice(first.start, last.end);
  const name = personName(surface, context.language, nominative);
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

interface SentenceScan {
  context: ArticleContext;
  list: Token[];
  chunker: NameChunker;
  /** Names in title-case headlines are at most two words ("Governor Ali Veli Visits Bern"). */
  maxWords: number;
  article: RegExp;
  connector: RegExp;
  /** The word before a portfolio ("for", "für", "по"). */
  portfolio: RegExp;
  taken: (offset: number) => boolean;
}

/** The name after a title: across connectors, claimed names, commas and brackets, but not into the complement's own names. */
function nameAfter(scan: SentenceScan, phrase: TitlePhrase, persons: Candidate[]): Chunk | undefined {
  const { list, chunker } = scan;
  const after = list.findIndex((t) => t.start >= phrase.end);
  if (after < 0) return undefined;
  // "Governor Veliyev" after "Ali Veliyev" was named.
  const single = list[after];
  if (
    single &&
    knownSurname(single.text, persons) &&
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
  const articleBefore = /^(?:the|its|der|die|den|dem)$/i.test(list[j]?.text ?? '');
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
  return before.at(-2)?.text === ',' && /^(?:the|der|die|den|dem)$/iu.test(before.at(-1)?.text ?? '');
}

/** Where the complement of a title after its holder's name ends: the clause, and an organisation in apposition ("X, Deputy Chief of Mission, Japan's Embassy"). */
function complementEnd(scan: SentenceScan, phrase: TitlePhrase, sentenceEnd: number, claimed: Candidate[]): number {
  const rest = scan.context.text.slice(phrase.end, sentenceEnd);
  const clause = rest.search(/[,.;]/);
  if (clause < 0) return sentenceEnd;
  const end = phrase.end + clause;
  const apposition = claimed.find(
    (c) => c.kind === 'Organization' && /^,\s*$/u.test(scan.context.text.slice(end, c.start)),
  );
  return apposition ? apposition.end : end;
}

export function findPersons(
  context: ArticleContext,
  claimed: Candidate[],
): { persons: Candidate[]; links: TitleLink[]; places: Candidate[] } {
  const persons: Candidate[] = [];
  const places: Candidate[] = [];
  const links: TitleLink[] = [];
  const taken = (offset: number): boolean =>
    [...claimed, ...persons, ...places].some((c) => offset >= c.start && offset < c.end);
  const lexicon = context.lexicon;
  const article = new RegExp(`^(?:${lexicon.complementArticles})$`, 'iu');
  const connector = new RegExp(`^(?:${lexicon.titleConnectors})$`, 'iu');
  const portfolio = new RegExp(`^(?:${lexicon.portfolioWord})$`, 'iu');
  const chunker = new NameChunker(context, taken);
  for (const sentence of context.sentences) {
    const list = tokenize(context.text, sentence.start, sentence.end);
    const scan: SentenceScan = {
      context,
      list,
      chunker,
      maxWords: isTitleCase(list, lexicon) ? 2 : 3,
      article,
      connector,
      portfolio,
      taken,
    };
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
      if (after && before && appositive && /^(?:,|and|und|и)$/u.test(list[after.first - 1]?.text ?? ''))
        after = undefined;
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
        link(person, phrase.end, first.start);
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

/**
 * Names without a title, from the chunker alone. German capitalises every noun,
 * so there only a courtesy word or an initial marks a name; English headlines in
 * title case likewise.
 */
function capitalisedNames(
  scan: SentenceScan,
  sentenceIndex: number,
  claimed: Candidate[],
  places: Candidate[],
  inTitle: (offset: number) => boolean,
  persons: Candidate[],
): void {
  const { context, list, chunker } = scan;
  const titleCase = scan.maxWords === 2;
  for (let i = 0; i < list.length; i += 1) {
    if (inTitle((list[i] as Token).start)) continue;
    const chunk = chunker.chunkAt(list, i, scan.maxWords);
    if (!chunk) continue;
    // A run longer than a name, or ending in a word of a thing's name, is no person ("Hui Autonomous Prefecture").
    const length = chunker.runLength(list, chunk.first);
    if (!chunk.marked && (length > scan.maxWords || chunker.isNonName(list[chunk.first + length]))) {
      i = chunk.first + length;
      continue;
    }
    const run = list.slice(chunk.first, chunk.last + 1);
    if (run.some((t) => inTitle(t.start))) continue;
    const unmarkedOk =
      context.language !== 'de' &&
      !titleCase &&
      !(context.language === 'ru' && run.some((t) => !/\p{Script=Cyrillic}/u.test(t.text))) &&
      !(i === 0 && context.language === 'en' && run.length === 2 && /(?:ing|ed)$/.test(list[i]?.text ?? '')) &&
      !introducedAsThing(scan, chunk) &&
      looksLikePerson(context, run, [...claimed, ...places]) &&
      !chunker.isNonName(list[chunk.last + 1]);
    // A rejected run is no person from its middle either ("at Raj Bhavan Mumbai").
    if (!chunk.marked && !unmarkedOk) {
      i = chunk.last;
      continue;
    }
    persons.push(
      makeCandidate(
        context,
        sentenceIndex,
        list[chunk.first] as Token,
        list[chunk.last] as Token,
        `${context.language}.person.${chunk.marked ? 'honorific' : 'capitalised'}`,
        chunk.marked ? 0.8 : 0.6,
      ),
    );
    i = chunk.last;
  }
}

/**
 * "the Caspian Sea", "at Raj Bhavan", "«Наше Отечество»", "“Ali Veli Machinery Co.”": words
 * introducing a thing or a place (lexicon), or quotation marks around the run, make it no person.
 */
function introducedAsThing(scan: SentenceScan, chunk: Chunk): boolean {
  const { list, context } = scan;
  const before = list[chunk.first - 1]?.text ?? '';
  const after = list[chunk.last + 1]?.text ?? '';
  if (new RegExp(`^(?:${context.lexicon.thingBefore})$`, 'u').test(before)) return true;
  if (/^(?:„|“|"|«)$/u.test(before) || /^(?:”|“|"|»)$/u.test(after)) return true;
  // Inside a quotation opened earlier in the sentence and not yet closed.
  const earlier = list.slice(0, chunk.first).map((t) => t.text);
  const open = Math.max(earlier.lastIndexOf('“'), earlier.lastIndexOf('„'), earlier.lastIndexOf('«'));
  const close = Math.max(earlier.lastIndexOf('”'), earlier.lastIndexOf('»'));
  return open >= 0 && open > close && !(earlier[open] === '“' && earlier.includes('„'));
}

/** "Ali Town Mayor Veli Veliyev": the unclaimed capitalised words right before a city head's title name the city. */
function placeBeforeTitle(
  scan: SentenceScan,
  phrase: TitlePhrase,
  sentenceIndex: number,
  places: Candidate[],
  claimed: Candidate[],
): void {
  const kind = phrase.spec.class === 'head' ? phrase.spec.at?.[0] : undefined;
  if (kind !== 'City' && kind !== 'Region') return;
  const { list, chunker, context } = scan;
  const j = list.filter((t) => t.end <= phrase.start).length - 1;
  let k = j;
  while (k > j - 3 && chunker.isNameWord(list[k])) k -= 1;
  if (k === j || !/^\s+$/u.test(context.text.slice((list[j] as Token).end, phrase.start))) return;
  const first = list[k + 1] as Token;
  const surface = context.text.slice(first.start, (list[j] as Token).end);
  // A region's head: one word that is no adjective ("Regional", "Kazakh" of Kazakhstan).
  if (kind === 'Region') {
    const countries = claimed.filter((c) => c.kind === 'Country').map((c) => [c.name, c.surface]);
    if (k !== j - 1 || /(?:al|ic|ian|ese|ish|ed)$/u.test(surface)) return;
    if (demonymOf(surface, countries, context.lexicon) >= 0) return;
  }
  places.push({
    start: first.start,
    end: first.start + surface.length,
    surface,
    sentenceIndex,
    kind,
    roles: [],
    name: surface,
    base: surface,
    rule: `${context.language}.place.before-title`,
    confidence: 0.7,
  });
}

/** "the Mayor of Ali Town Mr. Veli Veliyev": the unclaimed name that is a city head's whole complement names the city. */
function placeInComplement(
  scan: SentenceScan,
  phrase: TitlePhrase,
  nameStart: number,
  sentenceIndex: number,
  places: Candidate[],
): void {
  if (phrase.spec.at?.[0] !== 'City') return;
  const { context, list, chunker } = scan;
  const inside = list.filter((t) => t.start >= phrase.end && t.end <= nameStart && t.text !== ',');
  const words = inside.slice(1, 1 + chunker.runLength(inside, 1));
  if (!scan.article.test(inside[0]?.text ?? '') || words.length === 0 || words.length > 2) return;
  // Only courtesy words may follow ("Mr."), nothing else of the complement.
  if (inside.slice(1 + words.length).some((t) => chunker.isNameWord(t) || scan.taken(t.start))) return;
  const first = words[0] as Token;
  const surface = context.text.slice(first.start, (words.at(-1) as Token).end);
  places.push({
    start: first.start,
    end: first.start + surface.length,
    surface,
    sentenceIndex,
    kind: 'City',
    roles: [],
    name: surface,
    base: surface,
    rule: `${context.language}.place.title-complement`,
    confidence: 0.7,
  });
}

/** Other mentions of a place found before a title, wherever nothing else claimed them. */
function repeatPlaces(context: ArticleContext, places: Candidate[], others: Candidate[]): void {
  for (const place of [...places]) {
    const pattern = new RegExp(
      `(?<![\\p{L}])${place.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'gu',
    );
    for (const m of context.text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if ([...others, ...places].some((c) => start < c.end && end > c.start)) continue;
      const sentenceIndex = context.sentences.find((s) => start >= s.start && start < s.end)?.index ?? -1;
      if (sentenceIndex >= 0) places.push({ ...place, start, end, sentenceIndex });
    }
  }
}

/** English word endings no personal name in this news has ("Crop Monitoring", "Regional Development"). */
const commonNounEnding = /(?:\p{L}{5}ing|tion|sion|ment|ness|ship|ology|ance|ence|ity)s?$/u;

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
