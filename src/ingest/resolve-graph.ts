/**
 * Resolution of an article's entities against the graph. Candidates come from
 * the full-text index over folded keys (same kind, at most one edit per word);
 * the decision is pure and explainable:
 *   exact  - a folded key of the entity equals a key of the candidate;
 *   fuzzy  - the closest keys (same number of words) are similar enough, with
 *            more tolerance when the candidate's neighbours in the graph are
 *            the entity's neighbours in the article (the same office, region
 *            or country), and a little more when they are at least named in
 *            the article.
 * Anything else makes a new entity. Every decision is returned (and stored on
 * the mentions) so it can be reviewed.
 */
import { relations } from '../model';
import { similarity } from '../model/fold';
import type { ExtractedEntity, ExtractedFact } from './types';

export type ResolutionMethod = 'new' | 'exact' | 'fuzzy';

export interface Resolution {
  localId: string;
  /** Graph id of the matched entity; undefined when the entity is new. */
  id?: string;
  matchedName?: string;
  method: ResolutionMethod;
  score: number;
}

export interface ResolvableEntity {
  localId: string;
  kind: string;
  keys: string[];
  /** Keys of the entities it is linked to in this article. */
  context: string[];
  /** Keys of every entity named in this article. */
  articleKeys: string[];
}

export interface GraphCandidate {
  id: string;
  name: string;
  keys: string[];
  context: string[];
}

/** Minimum similarity for a fuzzy match: alone, with a neighbour named in the article, with a shared neighbour. */
export const fuzzyThreshold = { alone: 0.95, namedInArticle: 0.88, sharedNeighbour: 0.8 };

export function lucenePerWordFuzzy(keys: string[]): string {
  const clauses = keys.map((key) => {
    const words = key.split(' ').filter((w) => w.length > 0);
    const terms = words.map((w) => (w.length >= 4 ? `${w}~1` : w));
    return `aliasKeys:(${terms.join(' AND ')})`;
  });
  return clauses.join(' OR ');
}

/** The words Lucene's standard analyzer makes of a folded key (near enough: keys are folded already). */
const words = (key: string) => key.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

/** Lucene's fuzzy term ~1: at most one insertion, deletion, substitution or swap of neighbouring letters. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * lucenePerWordFuzzy's query, matched in memory against an entity's keys: some key of the entity has every word
 * (four letters or more: within one edit) among the candidate's words. The folder ingest asks the full-text index
 * once per group, before the group writes, so it matches the names the group's earlier articles wrote with this.
 */
export function matchesPerWordFuzzy(keys: string[], candidateKeys: string[]): boolean {
  const candidateWords = candidateKeys.flatMap(words);
  return keys.some((key) => {
    const wanted = words(key);
    return (
      wanted.length > 0 &&
      wanted.every((w) => candidateWords.some((c) => (w.length >= 4 ? withinOneEdit(w, c) : w === c)))
    );
  });
}

function bestSimilarity(a: string[], b: string[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      if (x.split(' ').length !== y.split(' ').length) continue;
      best = Math.max(best, similarity(x, y));
    }
  }
  return best;
}

export function decide(entity: ResolvableEntity, candidates: GraphCandidate[]): Resolution {
  const exact = candidates.find((c) => c.keys.some((key) => entity.keys.includes(key)));
  if (exact) return { localId: entity.localId, id: exact.id, matchedName: exact.name, method: 'exact', score: 1 };
  let best: Resolution = { localId: entity.localId, method: 'new', score: 0 };
  for (const candidate of candidates) {
    const score = bestSimilarity(entity.keys, candidate.keys);
    const threshold = candidate.context.some((key) => entity.context.includes(key))
      ? fuzzyThreshold.sharedNeighbour
      : candidate.context.some((key) => entity.articleKeys.includes(key))
        ? fuzzyThreshold.namedInArticle
        : fuzzyThreshold.alone;
    if (score >= threshold && score > best.score) {
      best = { localId: entity.localId, id: candidate.id, matchedName: candidate.name, method: 'fuzzy', score };
    }
  }
  return best;
}

/** Each entity's keys of its neighbours in the article, over facts that say who or where it is. */
export function articleContext(
  entities: ExtractedEntity[],
  facts: ExtractedFact[],
  keyOf: (e: ExtractedEntity) => string,
): Map<string, string[]> {
  const byId = new Map(entities.map((e) => [e.localId, e]));
  const context = new Map<string, string[]>(entities.map((e) => [e.localId, []]));
  for (const fact of facts) {
    if (!(fact.type in relations)) continue;
    const from = byId.get(fact.from);
    const to = byId.get(fact.to);
    if (!from || !to) continue;
    context.get(from.localId)!.push(keyOf(to));
    context.get(to.localId)!.push(keyOf(from));
  }
  return context;
}
