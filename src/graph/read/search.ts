/**
 * Search over names and aliases: the folded text becomes a full-text query
 * (each word exact, as a prefix, or within two edits), and candidates are
 * ranked by how close their closest name or alias is to the text.
 */
import type { EntityKind } from '../../model';
import { foldKey, similarity } from '../../ingest/fold';
import { int, type Graph } from '../driver';
import type { EntityRef } from './shapes';

export interface SearchHit {
  entity: EntityRef;
  matched: string;
  score: number;
}

export function searchQuery(folded: string): string {
  const words = folded.split(' ').filter(Boolean);
  return words
    .map((word) => {
      const fuzzy = word.length >= 6 ? `${word}~2` : word.length >= 4 ? `${word}~1` : word;
      return `aliasKeys:(${word}^4 OR ${word}*^2 OR ${fuzzy})`;
    })
    .join(' AND ');
}

/** 1 for the same folded text; a word-level or prefix match ranks just below; otherwise spelling similarity. */
export function matchScore(folded: string, candidate: string): number {
  const key = foldKey(candidate);
  if (key === folded) return 1;
  if (key.startsWith(folded) || key.split(' ').includes(folded)) return 0.9 + 0.05 * (folded.length / key.length);
  const wordBest = Math.max(...key.split(' ').map((word) => similarity(word, folded)));
  return Math.max(similarity(key, folded), wordBest * 0.85);
}

export async function search(
  graph: Graph,
  text: string,
  kinds: EntityKind[] | undefined,
  first: number,
): Promise<SearchHit[]> {
  const folded = foldKey(text);
  if (!folded) return [];
  const rows = await graph.read('read/search', {
    query: searchQuery(folded),
    kinds: kinds?.length ? kinds : null,
    candidates: int(Math.max(first * 5, 50)),
  });
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
