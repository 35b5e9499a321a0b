/**
 * A proper-name chunker for people: the tokens of a sentence, and the person
 * name that starts (or ends) at a token. A name is one to three capitalised
 * name words, optionally after initials ("Y. Gaipov", "A.Karimov") and after
 * courtesy words that are not part of it ("Mr.", "H. E. Mr.", "Prof. h.c.",
 * "Herr"). Words that a title, an organisation, a place type or an event
 * ends with are never name words, nor are spans other stages claimed.
 */
import type { ArticleContext } from '../context';
import type { LanguagePack } from '../../languages';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** "Y." of "Y. Gaipov" or "A.Karimov". */
  initial: boolean;
}

/** Initials (a capital and a full stop before another capital), words, and punctuation. */
const TOKEN = /\p{Lu}\.(?=\s?\p{Lu})|[\p{L}\p{M}'’-]+|[,.;:()„“”"«»]/gu;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}+)?$/u;

export function tokenize(text: string, from: number, to: number): Token[] {
  const found: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match && match.index < to; match = TOKEN.exec(text)) {
    const word = match[0];
    found.push({ text: word, start: match.index, end: match.index + word.length, initial: /^\p{Lu}\.$/u.test(word) });
  }
  return found;
}

export interface Chunk {
  /** Token indices of the name itself (initials included, courtesy words not). */
  first: number;
  last: number;
  /** A courtesy word or an initial marks it as a person's name, so one name word is enough. */
  marked: boolean;
}

/** What a name word may not be, per article. */
export class NameChunker {
  private readonly honorific: RegExp;
  private readonly nonName: RegExp;
  private readonly particle: RegExp | undefined;

  constructor(
    private readonly context: ArticleContext,
    private readonly taken: (offset: number) => boolean,
  ) {
    const lexicon: LanguagePack = context.lexicon;
    this.honorific = new RegExp(`^(?:${lexicon.honorifics})`, 'u');
    const words = [
      ...lexicon.titles.map((t) => t.pattern),
      ...lexicon.regionWords.map(([word]) => word),
      ...[...lexicon.orgHeads, ...lexicon.orgSuffixes, ...lexicon.eventWords, ...lexicon.nonNameWords].map(escape),
    ];
    this.nonName = new RegExp(`^(?:${words.join('|')})$`, 'iu');
    this.particle = lexicon.nameParticle ? new RegExp(`^(?:${lexicon.nameParticle})$`, 'u') : undefined;
  }

  /**
   * How many particle tokens start at token i and are followed by a one-word surname that ends
   * the name ("von" of "Peter von Wendt", "van der" of "Jan van der Berg"); 0 if none.
   */
  private particleAt(list: Token[], i: number): number {
    if (!this.particle) return 0;
    for (const length of [2, 1]) {
      const words = list.slice(i, i + length);
      if (words.length < length || words.some((t) => !/^\p{Ll}/u.test(t.text))) continue;
      if (!this.particle.test(words.map((t) => t.text).join(' '))) continue;
      if (this.isNameWord(list[i + length]) && !this.isNameWord(list[i + length + 1])) return length;
    }
    return 0;
  }

  /** The particle tokens ending at token i before a surname at i + 1 ("von" of "Bernhard von Kries"), after a given name. */
  private particleEndingAt(list: Token[], i: number): number {
    for (const length of [2, 1]) {
      if (this.isNameWord(list[i - length]) && this.particleAt(list, i - length + 1) === length) return length;
    }
    return 0;
  }

  /** A capitalised word that can be part of a person's name. */
  isNameWord(token: Token | undefined): boolean {
    if (!token || token.initial || this.taken(token.start)) return false;
    return NAME_WORD.test(token.text) && !this.context.lexicon.stopwords.has(token.text) && !this.isNonName(token);
  }

  /** A title, organisation, place-type or event word ("Consul", "Consulate", "Region", "Forum"). */
  isNonName(token: Token | undefined): boolean {
    return token !== undefined && this.nonName.test(token.text.replace(/['’]s$/u, ''));
  }

  /** How many name words follow one another from token i. */
  runLength(list: Token[], i: number): number {
    let n = 0;
    while (this.isNameWord(list[i + n])) n += 1;
    return n;
  }

  /** The end offset of the courtesy words starting at this token, if any. */
  private honorificEnd(token: Token): number | undefined {
    const match = this.honorific.exec(this.context.text.slice(token.start, token.start + 40));
    return match ? token.start + match[0].length : undefined;
  }

  /** The name starting at token i (after courtesy words), of at most `max` name words. */
  chunkAt(list: Token[], i: number, max = 3): Chunk | undefined {
    let j = i;
    let marked = false;
    for (let end = list[j] && this.honorificEnd(list[j] as Token); end !== undefined;) {
      marked = true;
      while (list[j] && (list[j] as Token).start < end) j += 1;
      end = list[j] && this.honorificEnd(list[j] as Token);
    }
    const first = j;
    while (list[j]?.initial && !this.taken((list[j] as Token).start)) {
      marked = true;
      j += 1;
    }
    let n = 0;
    while (n < max && this.isNameWord(list[j + n])) n += 1;
    // "William H. Moser": a middle initial between name words is part of the name.
    if (n === 1 && this.middleInitial(list, j + 1)) return { first, last: j + 2, marked: true };
    // "мэром Казани Ильсуром Метшиным": three words are a name only with a middle name (patronymic).
    const middle = this.context.lexicon.middleName;
    if (n === 3 && middle && !new RegExp(middle, 'u').test(list[j + 1]?.text ?? '')) {
      if (j === first) return { first: j + 1, last: j + 2, marked };
    }
    // "Peter von Wendt", "Charles de Gaulle": a particle and a surname after the given names.
    const particle = n > 0 && n < max ? this.particleAt(list, j + n) : 0;
    if (particle > 0) return { first, last: j + n + particle, marked };
    if (n === 0 || (n < 2 && !marked)) return undefined;
    return { first, last: j + n - 1, marked };
  }

  /** An initial at token i between two name words ("H." of "William H. Moser"). */
  private middleInitial(list: Token[], i: number): boolean {
    const initial = list[i];
    return (
      initial !== undefined &&
      initial.initial &&
      !this.taken(initial.start) &&
      this.isNameWord(list[i - 1]) &&
      this.isNameWord(list[i + 1]) &&
      !this.isNameWord(list[i + 2])
    );
  }

  /** The name ending at token i ("Aziz Karimov" of "Aziz Karimov, Ambassador of ..."). */
  chunkEndingAt(list: Token[], i: number): Chunk | undefined {
    let k = i;
    // "Bernhard von Kries, President ...": the surname after a particle, then the given names.
    const particle = this.isNameWord(list[i]) ? this.particleEndingAt(list, i - 1) : 0;
    if (particle > 0) k = i - 1 - particle;
    const limit = particle > 0 ? k - 2 : i - 3;
    while (k > limit && this.isNameWord(list[k])) k -= 1;
    // "William H. Moser, Ambassador ...": the first name before a middle initial.
    if (k === i - 1 && this.middleInitial(list, k) && this.isNameWord(list[k - 1])) k -= 2;
    const words = i - k - particle;
    let marked = false;
    while (list[k]?.initial) {
      marked = true;
      k -= 1;
    }
    // "г-н Иванов, директор ...": a courtesy word before the name marks it.
    const first = list[k + 1];
    if (
      first &&
      new RegExp(`(?:${this.context.lexicon.honorifics})\\s*$`, 'u').test(
        this.context.text.slice(Math.max(0, first.start - 30), first.start),
      )
    )
      marked = true;
    if (words === 0 || (words < 2 && !marked)) return undefined;
    return { first: k + 1, last: i, marked };
  }
}

/** A headline in title case ("Governor Visits Yekaterinburg to Strengthen Trade"): names there are at most two words. */
export function isTitleCase(list: Token[], lexicon: LanguagePack): boolean {
  if (!lexicon.headlineLowercase) return false;
  const minor = new RegExp(`^(?:${lexicon.headlineLowercase})$`, 'u');
  const words = list.filter((t) => /^\p{L}/u.test(t.text));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitalised >= 6 && words.every((t) => /^\p{Lu}/u.test(t.text) || minor.test(t.text));
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
