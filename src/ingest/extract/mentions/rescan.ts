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
import { foldKey, similarity } from '../../../model/fold';
import { companySuffix } from '../../languages/shared/names';
import { sentenceAt, type ArticleContext, type Candidate } from '../context';
import { SpanIndex } from '../span-index';
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

/** How `owner` would claim the word `surface`, if at all: the rule suffix of the claim. */
function claim(owner: Owner, surface: string, context: ArticleContext): string | undefined {
  if (
    owner.forms.some(
      (form) =>
        surface === form ||
        (context.lexicon.inflectedNames && surface.startsWith(form) && surface.length - form.length <= 3),
    )
  )
    return 'short-form';
  if (owner.acronym !== undefined && surface === owner.acronym) return 'initialism';
  if (owner.single && similarity(surface, owner.candidate.surface) >= 0.85 && foldKey(surface).length >= 6)
    return 'misspelling';
  return undefined;
}

interface Owner {
  candidate: Candidate;
  /** Its place in `found`: of several owners that could claim a word, the first one does. */
  order: number;
  forms: string[];
  acronym?: string;
  /** A one-word organisation name, long enough for a misspelling of it to be recognised. */
  single: boolean;
}

/** Keeps under `key` the first owner filed there: of several owners that could claim a word, the first one does. */
function fileFirst(map: Map<string, Owner>, key: string, owner: Owner): void {
  if (!map.has(key)) map.set(key, owner);
}

/**
 * Every capitalised word that no mention covers and that an earlier mention
 * ("owner") accounts for, as a mention of that owner's entity. The owners are
 * indexed by their short forms and initialisms, so each word looks up its
 * possible owners instead of being compared with every mention; misspellings
 * are compared once per distinct word and distinct one-word organisation name.
 */
export function rescan(context: ArticleContext, found: Candidate[]): Candidate[] {
  const owners: Owner[] = found.map((candidate, order) => ({
    candidate,
    order,
    forms: shortForms(candidate, context.lexicon),
    acronym: initialism(candidate),
    single: !candidate.surface.includes(' ') && candidate.surface.length >= 6 && candidate.kind === 'Organization',
  }));
  const byForm = new Map<string, Owner>();
  const byAcronym = new Map<string, Owner>();
  const bySingleName = new Map<string, Owner>();
  for (const owner of owners) {
    for (const form of owner.forms) fileFirst(byForm, form, owner);
    if (owner.acronym !== undefined) fileFirst(byAcronym, owner.acronym, owner);
    if (owner.single) fileFirst(bySingleName, owner.candidate.surface, owner);
  }
  // An inflected form ends at most three letters after the short form ("Bozarov" -> "Bozarova").
  const formLengths = (surface: string): number[] =>
    context.lexicon.inflectedNames
      ? [0, 1, 2, 3].map((extra) => surface.length - extra).filter((length) => length >= 0)
      : [surface.length];
  const misspelt = new Map<string, Owner[]>();
  const misspeltOwners = (surface: string): Owner[] => {
    let list = misspelt.get(surface);
    if (!list) {
      list =
        foldKey(surface).length >= 6
          ? [...bySingleName].filter(([name]) => similarity(surface, name) >= 0.85).map(([, owner]) => owner)
          : [];
      misspelt.set(surface, list);
    }
    return list;
  };

  const taken = new SpanIndex(found);
  const extra: { order: number; mention: Candidate }[] = [];
  for (const word of context.text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
    const start = word.index;
    const bare = word[0].replace(/['’]s$/, '');
    const end = start + bare.length;
    if (taken.overlaps(start, end)) continue;
    const possible = [
      ...formLengths(bare).map((length) => byForm.get(bare.slice(0, length))),
      byAcronym.get(bare),
      ...misspeltOwners(bare),
    ].filter((o): o is Owner => o !== undefined);
    const owner = possible
      .filter((o) => claim(o, bare, context) !== undefined)
      .reduce<Owner | undefined>((first, o) => (first && first.order < o.order ? first : o), undefined);
    if (!owner) continue;
    const sentenceIndex = sentenceAt(context, start);
    if (sentenceIndex < 0) continue;
    extra.push({
      order: owner.order,
      mention: {
        ...owner.candidate,
        start,
        end,
        surface: context.text.slice(start, end),
        sentenceIndex,
        rule: `${context.language}.rescan.${claim(owner, bare, context)}`,
        confidence: 0.75,
        ambiguousPlace: false,
      },
    });
  }
  // In the order of their owners, then of the text, as found.
  return extra.sort((a, b) => a.order - b.order || a.mention.start - b.mention.start).map((e) => e.mention);
}
