/**
 * The title of an agreement as written: from the agreement word (the whole word of a
 * compound, "Liefervertrag") with a modifier before it ("cooperation agreement") up
 * to where the title ends (the parties, the value, the signing verb), without a party named inside
 * it, in the nominative.
 */
import type { LanguagePack } from '../../languages';

export function agreementTitle(text: string, cueAt: number, lexicon: LanguagePack): string {
  const { modifier, end, party, nominative = [] } = lexicon.agreementTitle;
  let start = cueAt;
  while (start > 0 && /[\p{L}-]/u.test(text[start - 1] ?? '')) start -= 1;
  start = modifier.exec(text.slice(0, start))?.index ?? start;
  // The end is looked for after the agreement word itself.
  const wordEnd = cueAt + (/^[\p{L}-]+/u.exec(text.slice(cueAt))?.[0].length ?? 0);
  const stop = text.slice(wordEnd).search(end);
  let title = text.slice(start, stop >= 0 ? wordEnd + stop : text.length).replace(/[\s,.:;–-]+$/u, '');
  if (party) title = title.replace(party, '');
  for (const [pattern, replacement] of nominative) title = title.replace(pattern, replacement);
  return title.slice(0, 200);
}
