/**
 * Search over names and aliases: the folded text becomes a full-text query
 * (each word exact or as a prefix; within two edits when that finds nothing),
 * and candidates are ranked by how close their closest name or alias is to the text.
 */
import type { EntityKind } from '../../model';
import { foldKey, keySimilarity } from '../../model/fold';
import { int, type Graph } from '../driver';
import type { EntityRef } from './shapes';

export interface SearchHit {
  entity: EntityRef;
  matched: string;
  score: number;
}

const withinEdits = (word: string) => (word.length >= 6 ? `${word}~2` : word.length >= 4 ? `${word}~1` : null);

/**
 * The full-text queries for a folded text: `query` takes each word exactly or
 * as a prefix; `fuzzyQuery` also within one or two edits (by word length), and
 * is run only when `query` finds nothing, since edit-distance matching is most
 * of a search's cost. Null when no word is long enough to misspell.
 */
export function searchQueries(folded: string): { query: string; fuzzyQuery: string | null } {
  const words = folded.split(' ').filter(Boolean);
  const clause = (word: string, fuzzy: boolean) => {
    const edits = fuzzy ? withinEdits(word) : null;
    return `aliasKeys:(${word}^4 OR ${word}*^2${edits ? ` OR ${edits}` : ''})`;
  };
  return {
    query: words.map((word) => clause(word, false)).join(' AND '),
    fuzzyQuery: words.some(withinEdits) ? words.map((word) => clause(word, true)).join(' AND ') : null,
  };
}

/** The parameters of cypher/read/search.cypher for a text (null when the text folds to nothing). */
export function searchParams(text: string, kinds: EntityKind[] | undefined, first: number) {
  const folded = foldKey(text);
  if (!folded) return null;
  return {
    ...searchQueries(folded),
    kinds: kinds?.length ? kinds : null,
    candidates: int(Math.max(first * 5, 50)),
  };
}

/** 1 for the same folded text; a word-level or prefix match ranks just below; otherwise spelling similarity. */
export function matchScore(folded: string, candidate: string): number {
  const key = foldKey(candidate);
  if (key === folded) return 1;
  if (key.startsWith(folded) || key.split(' ').includes(folded)) return 0.9 + 0.05 * (folded.length / key.length);
  const wordBest = Math.max(...key.split(' ').map((word) => keySimilarity(word, folded)));
  return Math.max(keySimilarity(key, folded), wordBest * 0.85);
}

export async function search(
  graph: Graph,
  text: string,
  kinds: EntityKind[] | undefined,
  first: number,
): Promise<SearchHit[]> {
  const params = searchParams(text, kinds, first);
  if (!params) return [];
  const folded = foldKey(text);
  const rows = await graph.read('read/search', params);
  return rows
    .map((row) => {
      const entity = row.entity as EntityRef & { aliases: string[] };
      // Ties go to the form written as the text was (same script and spelling).
      const ranked = [entity.name, ...entity.aliases].map((name) => ({
        name,
        score: matchScore(folded, name),
        verbatim: name.toLowerCase() === text.trim().toLowerCase(),
      }));
      const best = ranked.reduce((a, b) =>
        b.score > a.score || (b.score === a.score && b.verbatim && !a.verbatim) ? b : a,
      );
      return {
        entity: { id: entity.id, kind: entity.kind, name: entity.name, roles: entity.roles },
        matched: best.name,
        score: Math.round(best.score * 1000) / 1000,
        lucene: Number(row.score),
      };
    })
    .sort((a, b) => b.score - a.score || b.lucene - a.lucene || a.entity.name.localeCompare(b.entity.name))
    .slice(0, first)
    .map(({ entity, matched, score }) => ({ entity, matched, score }));
}
