/**
 * Names without a title, from the name chunker alone: two or three name words
 * nothing else claimed, or one after a courtesy word or an initial. German
 * capitalises every noun, so there only a courtesy word or an initial marks a
 * name; English headlines in title case likewise.
 */
import type { ArticleContext, Candidate } from '../context';
import type { Chunk, Token } from './name-chunker';
import { makeCandidate, type SentenceScan } from './sentence-scan';

/** Adds to `persons` the names the chunker finds in one sentence outside title phrases and their complements. */
export function capitalisedNames(
  scan: SentenceScan,
  sentenceIndex: number,
  claimed: Candidate[],
  places: Candidate[],
  inTitle: (offset: number) => boolean,
  persons: Candidate[],
): void {
  const { context, list, chunker } = scan;
  const { lexicon } = context;
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
      !lexicon.nounsCapitalised &&
      !titleCase &&
      !(lexicon.nameScript && run.some((t) => !lexicon.nameScript?.test(t.text))) &&
      !(i === 0 && run.length === 2 && lexicon.participleEnding?.test(list[i]?.text ?? '')) &&
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
  const ending = context.lexicon.commonNounEnding;
  return !(ending && run.some((t) => ending.test(t.text)));
}
