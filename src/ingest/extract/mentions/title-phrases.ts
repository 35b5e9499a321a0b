/**
 * Title phrases in a sentence: the title word with the words before it that
 * belong to it ("stellvertretender", "Чрезвычайный и Полномочный") and a
 * description of the post after it that names no entity ("Director of Cultural
 * Affairs", "head of the press service", "Minister für Investitionen und
 * Außenhandel"). The `title` is the phrase in its citation form ("Генерального
 * консула" → "Генеральный консул"), with the description as written.
 */
import type { ArticleContext } from '../context';
import type { LanguagePack, TitleSpec } from '../../languages';
import type { NameChunker, Token } from './name-chunker';

export interface TitlePhrase {
  spec: TitleSpec;
  start: number;
  /** End of the title words, before any description of the post. */
  wordsEnd: number;
  /** End of the whole phrase, description included. */
  end: number;
  title: string;
  /** The phrase describes a post inside a body ("head of the press service"), not the head of the territory named next. */
  described: boolean;
}

export function citationForm(surface: string, context: ArticleContext): string {
  let form = surface.replace(/\s+/gu, ' ');
  for (const [pattern, replacement] of context.lexicon.titleCitation)
    form = form.replace(new RegExp(pattern, 'giu'), replacement);
  return form;
}

/** The patterns built from a pack's words, once per pack: they were built again for every sentence. */
const compiled = new WeakMap<LanguagePack, ReturnType<typeof compile>>();
function patternsOf(lexicon: LanguagePack) {
  let patterns = compiled.get(lexicon);
  if (!patterns) compiled.set(lexicon, (patterns = compile(lexicon)));
  return patterns;
}

function compile(lexicon: LanguagePack) {
  return {
    /** One per title, in the pack's order (matchAll copies a pattern, so sharing it keeps no state between calls). */
    titles: lexicon.titles.map(
      (spec) => new RegExp(`(?<![\\p{L}-])(?:${lexicon.titleModifiers})*(?:${spec.pattern})(?![\\p{L}-])`, 'giu'),
    ),
    extension: new RegExp(`^(?:${lexicon.postExtension})$`, 'iu'),
    article: new RegExp(`^(?:${lexicon.complementArticles})$`, 'iu'),
    connector: new RegExp(`^(?:${lexicon.titleConnectors})$`, 'iu'),
    conjunction: new RegExp(`^(?:,|${lexicon.conjunction})$`, 'iu'),
    board: new RegExp(`^(?:${lexicon.titleBoard})$`, 'u'),
    titleWord: new RegExp(`^(?:${lexicon.titles.map((t) => t.pattern).join('|')})$`, 'iu'),
  };
}

/** Every title in the sentence's text, longest first where they overlap, in text order. */
function titleMatches(
  context: ArticleContext,
  from: number,
  to: number,
): { spec: TitleSpec; start: number; end: number }[] {
  const text = context.text.slice(from, to);
  const found: { spec: TitleSpec; start: number; end: number; order: number }[] = [];
  patternsOf(context.lexicon).titles.forEach((pattern, order) => {
    const spec = context.lexicon.titles[order]!;
    for (const m of text.matchAll(pattern))
      found.push({ spec, start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length, order });
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
  return kept;
}

export function findTitlePhrases(
  context: ArticleContext,
  sentence: { start: number; end: number },
  list: Token[],
  chunker: NameChunker,
  taken: (offset: number) => boolean,
): TitlePhrase[] {
  const lexicon = context.lexicon;
  const { extension, article, connector, conjunction, board, titleWord } = patternsOf(lexicon);
  return titleMatches(context, sentence.start, sentence.end).map(({ spec, start, end }) => {
    // A description of the post: "of"/"für" and words no other stage claimed, up to the next entity or name.
    let phraseEnd = end;
    let described = false;
    const next = list.findIndex((t) => t.start >= end);
    // A diplomat's complement is the countries, never a description.
    const describable = spec.class !== 'ambassador' && spec.class !== 'consul';
    if (describable && next >= 0 && extension.test((list[next] as Token).text)) {
      const words: Token[] = [];
      for (let i = next + 1; i < list.length && i < next + 10; i += 1) {
        const token = list[i] as Token;
        const previous = list[i - 1] as Token;
        if (taken(token.start) || /^[.;:()„“”"«»]$/u.test(token.text)) break;
        const following = list[i + 1]?.text ?? '';
        if (token.text === ',' && !/^\p{Lu}/u.test(following) && !conjunction.test(following)) break;
        if (article.test(token.text)) {
          // "of the Kyrgyz Republic": the articles before a claimed name start the complement.
          const named = list.slice(i + 1).find((t) => !article.test(t.text));
          if (named && taken(named.start)) break;
        }
        // "of the Senate", "of TURKSOY": a named body, which is the complement, not the description.
        // Capitalised words only right after "of"/"für" or in a list of them ("of Culture, Information, and Youth Policy");
        // elsewhere they start a name ("of the region Ali Veli"), and "of the Senate", "of TURKSOY" name the body.
        const capital = /^\p{Lu}/u.test(token.text);
        const listed = i === next + 1 || conjunction.test(previous.text) || /^\p{Lu}/u.test(previous.text);
        if (capital && (/^\p{Lu}{2,}$/u.test(token.text) || !listed)) break;
        if (capital && chunker.chunkAt(list, i)?.marked) break;
        if (spec.class === 'head' && capital) break;
        // A run of three or more capitalised words ends in the holder's name ("of Culture Aziz Karimov").
        const run = chunker.runLength(list, i);
        if (run >= 3) {
          words.push(...list.slice(i, i + run - 2));
          break;
        }
        words.push(token);
      }
      while (words.length > 0 && (article.test(words.at(-1)?.text ?? '') || words.at(-1)?.text === ',')) words.pop();
      if (words.some((w) => !connector.test(w.text) && w.text !== ',')) {
        phraseEnd = (words.at(-1) as Token).end;
        described = true;
      }
    }
    // "Vorsitzender des Vorstands", "Chairman of the Board": the board a head chairs is part of the title.
    if (spec.class === 'head' && !described) {
      let i = list.findIndex((t) => t.start >= end);
      while (i >= 0 && i < next + 2 && (article.test(list[i]?.text ?? '') || extension.test(list[i]?.text ?? '')))
        i += 1;
      const word = list[i];
      if (i > next && word && board.test(word.text) && !taken(word.start)) {
        phraseEnd = word.end;
        described = true;
      }
    }
    // "Akim (governor)": a title glossed in brackets by another title keeps the gloss.
    const gloss = phraseEnd === end ? /^\s*\(([^()]{2,30})\)/u.exec(context.text.slice(end, end + 34)) : null;
    if (gloss && titleWord.test(gloss[1] ?? '')) phraseEnd = end + gloss[0].length;
    const title = citationForm(context.text.slice(start, end), context) + context.text.slice(end, phraseEnd);
    return { spec, start, wordsEnd: end, end: phraseEnd, title: title.replace(/\s+/gu, ' '), described };
  });
}
