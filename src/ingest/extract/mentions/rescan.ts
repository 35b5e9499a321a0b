/**
 * Second pass over the text for shorter or misspelt forms of names already
 * found: surnames ("Bozarov", "Мирзаева"), organisation names without their
 * legal or group suffix ("Indorama"), the bare name of a region the gazetteer
 * does not know ("in Batken" after "Batken region"), and one-word names spelt
 * slightly differently ("Ferganazot" for "Ferganaazot"), and a region's
 * initialism ("СКО" after "Северо-Казахстанской области": the first letters of
 * its words and hyphenated parts, the type word included).
 */
import type { LanguagePack } from '../../languages';
import { foldKey, similarity } from '../../fold';
import { companySuffix } from '../../languages/shared/names';
import type { ArticleContext, Candidate } from '../context';
import { lookupPlace } from '../naming';

function shortForms(candidate: Candidate, pack: LanguagePack): string[] {
  if (candidate.kind === 'Person') {
    const last = candidate.surface.split(/\s+/).at(-1) ?? '';
    return last.length >= 3 && candidate.surface.includes(' ')
      ? [pack.surnameStem ? last.replace(pack.surnameStem, '') : last]
      : [];
  }
  // A known place's bare name is found by the gazetteer stage, which decides between city and region.
  if (candidate.kind === 'Region' && candidate.base !== candidate.surface && !lookupPlace(candidate.base))
    return candidate.base.length >= 4 && !candidate.base.includes(' ') ? [candidate.base] : [];
  if (candidate.kind === 'Organization') {
    const short = candidate.surface.replace(companySuffix, '');
    return short !== candidate.surface && short.length >= 4 && !short.includes(' ') ? [short] : [];
  }
  return [];
}

/** "Северо-Казахстанской области" -> "СКО"; at least three letters, so that two-letter words are not read as regions. */
function initialism(candidate: Candidate): string | undefined {
  if (candidate.kind !== 'Region') return undefined;
  const parts = candidate.surface.split(/[\s-]+/u).filter((part) => part.length > 0);
  const letters = parts.map((part) => part[0] ?? '').join('');
  return parts.length >= 3 ? letters.toLocaleUpperCase() : undefined;
}

export function rescan(context: ArticleContext, found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const taken = (start: number, end: number): boolean =>
    [...found, ...extra].some((c) => start < c.end && end > c.start);
  const words = [...context.text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)];
  for (const owner of found) {
    const forms = shortForms(owner, context.lexicon);
    const acronym = initialism(owner);
    const single = !owner.surface.includes(' ') && owner.surface.length >= 6 && owner.kind === 'Organization';
    for (const word of words) {
      const start = word.index;
      let surface = word[0].replace(/['’]s$/, '');
      const end = start + surface.length;
      if (taken(start, end)) continue;
      const matchesForm = forms.some(
        (form) =>
          surface === form ||
          (context.lexicon.inflectedNames && surface.startsWith(form) && surface.length - form.length <= 3),
      );
      const abbreviated = acronym !== undefined && surface === acronym;
      const misspelt = single && similarity(surface, owner.surface) >= 0.85 && foldKey(surface).length >= 6;
      if (!matchesForm && !misspelt && !abbreviated) continue;
      surface = context.text.slice(start, end);
      const sentenceIndex = context.sentences.find((s) => start >= s.start && start < s.end)?.index ?? -1;
      if (sentenceIndex < 0) continue;
      extra.push({
        ...owner,
        start,
        end,
        surface,
        sentenceIndex,
        rule: `${context.language}.rescan.${matchesForm ? 'short-form' : abbreviated ? 'initialism' : 'misspelling'}`,
        confidence: 0.75,
        ambiguousPlace: false,
      });
    }
  }
  return extra;
}
