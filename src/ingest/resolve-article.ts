/**
 * In-article resolution: mentions of one thing become one ExtractedEntity with a
 * canonical name and its other surface forms as aliases. Mentions group on kind
 * plus the folded key of their base name, then groups of one kind whose keys are
 * near-identical merge (misspellings). A bare name shared by a city and a region
 * goes to the region only when the text names that region with the same word
 * and never marks the name as a city.
 */
import type { Role } from '../model';
import type { ArticleContext, Candidate } from './extract/context';
import { foldKey, keySimilarity } from '../model/fold';
import { withoutLegalForm } from './match-keys';
import type { ExtractedEntity, Mention } from './types';

function decidePlaces(context: ArticleContext, mentions: Candidate[]): void {
  // Only mentions with the same base decide; grouped once, so the decision does not read every mention each time.
  const byBase = new Map<string, Candidate[]>();
  for (const m of mentions) {
    const list = byBase.get(m.base);
    if (list) list.push(m);
    else byBase.set(m.base, [m]);
  }
  for (const mention of mentions) {
    if (!mention.ambiguousPlace) continue;
    const sameBase = byBase.get(mention.base) ?? [];
    const regionWithSameWord = sameBase.some((m) => m.kind === 'Region' && m.surface.includes(mention.surface));
    const markedCity = sameBase.some(
      (m) =>
        m.kind === 'City' &&
        context.lexicon.cue.cityMarker.test(context.text.slice(Math.max(0, m.start - 20), m.start)),
    );
    const sentenceStart = context.sentences[mention.sentenceIndex]?.start ?? 0;
    const afterConsul = context.lexicon.consulWord.test(context.text.slice(sentenceStart, mention.start));
    if (regionWithSameWord && !markedCity && !afterConsul) {
      mention.kind = 'Region';
      mention.name = `${mention.base} Region`;
    }
  }
}

/** "XIX Forum" and "XXI Forum", "Expo 2023" and "Expo 2024": events whose names differ in a number are different events. */
function numbering(name: string): string {
  return (name.match(/(?<![\p{L}\d])(?:\d+|[IVXLC]+)(?![\p{L}\d])/gu) ?? []).join(' ');
}

/** Kind plus folded base; an organisation's without its legal form ("X Group LLC" is "X Group"). */
function groupKey(mention: Candidate, fold: (text: string) => string): string {
  const key = fold(mention.base);
  return `${mention.kind}|${mention.kind === 'Organization' ? withoutLegalForm(key) : key}`;
}

/**
 * "Ambassador Ahrens" found on its own: a one-word person joins the one full name ending in that word;
 * "A. Ahrens" (an initial and the surname) the one whose first name starts with that initial.
 */
function mergeSurnames(groups: Map<string, Candidate[]>): void {
  for (const [key, group] of [...groups]) {
    const first = group[0];
    if (!first || first.kind !== 'Person') continue;
    const initialled = /^(\p{Lu})\.\s*(\p{Lu}\p{L}+)$/u.exec(first.base);
    if (first.base.includes(' ') && !initialled) continue;
    const surname = foldKey(initialled?.[2] ?? first.base);
    const owners = [...groups].filter(
      ([k, g]) =>
        k !== key &&
        g[0]?.kind === 'Person' &&
        g[0].base.includes(' ') &&
        !/^\p{Lu}\./u.test(g[0].base) &&
        (!initialled || g[0].base.startsWith(initialled[1]!)) &&
        foldKey(g[0].base.split(/\s+/).at(-1) ?? '') === surname,
    );
    if (owners.length !== 1) continue;
    owners[0]?.[1].push(...group);
    groups.delete(key);
  }
}

/** "Verband für Handel und Industrie ... des VHI": an all-caps organisation joins the one organisation whose capitalised words' initials spell it. */
function mergeAcronyms(groups: Map<string, Candidate[]>): void {
  for (const [key, group] of [...groups]) {
    const first = group[0];
    if (!first || first.kind !== 'Organization' || !/^\p{Lu}{2,8}$/u.test(first.base)) continue;
    const owners = [...groups].filter(
      ([k, g]) =>
        k !== key &&
        g[0]?.kind === 'Organization' &&
        g.some((m) => (m.base.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('') === first.base),
    );
    if (owners.length !== 1) continue;
    owners[0]?.[1].push(...group);
    groups.delete(key);
  }
}

/**
 * The mention that names the entity: the longest name; for people, among full names the one
 * read with most confidence (after a title, where the case of the name is known) first.
 */
function bestName(a: Candidate, b: Candidate): number {
  if (a.kind === 'Person') {
    const full = (c: Candidate): number => (c.name.includes(' ') ? 1 : 0);
    const order = full(b) - full(a) || b.confidence - a.confidence;
    if (order !== 0) return order;
  }
  return b.name.length - a.name.length || b.confidence - a.confidence;
}

export function resolveArticle(
  context: ArticleContext,
  mentions: Candidate[],
): { entities: ExtractedEntity[]; entityOf: Map<Candidate, string> } {
  decidePlaces(context, mentions);
  const groups = new Map<string, Candidate[]>();
  // Folding is the costly part and a long article repeats its names: each distinct string is folded once.
  const folds = new Map<string, string>();
  const fold = (text: string): string => folds.get(text) ?? folds.set(text, foldKey(text)).get(text)!;
  for (const mention of mentions) {
    const key = groupKey(mention, fold);
    // A near-identical group is looked for only when no group has this very key (that one would be taken).
    const similar = (): string | undefined =>
      [...groups.keys()].find((k) => {
        const [kind, folded] = k.split('|');
        return (
          kind === mention.kind &&
          folded !== undefined &&
          folded.length >= 6 &&
          keySimilarity(fold(folded), fold(mention.base)) >= 0.85 &&
          (kind !== 'Event' || numbering(groups.get(k)?.[0]?.base ?? '') === numbering(mention.base))
        );
      });
    const target = groups.get(key) ?? groups.get(similar() ?? '');
    if (target) target.push(mention);
    else groups.set(key, [mention]);
  }
  mergeSurnames(groups);
  mergeAcronyms(groups);
  const entities: ExtractedEntity[] = [];
  const entityOf = new Map<Candidate, string>();
  for (const group of groups.values()) {
    const localId = `e${entities.length + 1}`;
    const best = [...group].sort(bestName)[0] as Candidate;
    const surfaces = [...new Set(group.map((m) => m.surface))];
    const roles = [...new Set(group.flatMap((m) => m.roles))] as Role[];
    const mentionList: Mention[] = group.map((m) => ({
      extractor: 'rules',
      rule: m.rule,
      confidence: m.confidence,
      sentenceIndex: m.sentenceIndex,
      start: m.start,
      end: m.end,
      surface: m.surface,
    }));
    entities.push({
      localId,
      kind: best.kind,
      name: best.name,
      aliases: surfaces.filter((s) => s !== best.name),
      roles,
      mentions: mentionList,
      extractor: 'rules',
      rule: best.rule,
      confidence: Math.max(...group.map((m) => m.confidence)),
    });
    for (const m of group) entityOf.set(m, localId);
  }
  return { entities, entityOf };
}
