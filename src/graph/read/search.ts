/**
 * Search over names and aliases: the folded text becomes a full-text query
 * (each word exact or as a prefix; within two edits when that finds nothing),
 * and candidates are ranked by how close their closest name or alias is to the text.
 */
import type { EntityKind } from '../../model';
import { foldKey, keySimilarity } from '../../model/fold';
import type { Graph } from '../driver';
import { int } from '../integer';
import type { ParamsOf } from '../statements';
import { pageKeys, toPage, type Key, type KeyedList, type Page, type PageWindow } from './paging';
import type { EntityRef } from './shapes';

/**
 * How many full-text candidates a search ranks, whatever the page: the same pool for every page,
 * so that pages join up, and the most hits a search has (stated in schema.graphql).
 */
export const searchPool = 100;

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
export function searchParams(text: string, kinds: EntityKind[] | undefined): ParamsOf<'read/search'> | null {
  const folded = foldKey(text);
  if (!folded) return null;
  return {
    ...searchQueries(folded),
    kinds: kinds?.length ? kinds : null,
    candidates: int(searchPool),
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

interface RankedHit extends SearchHit {
  /** The full-text score, which breaks ties of score. */
  lucene: number;
}

/** The rank order of hits as a key: score and full-text score descending, then name and id (code-unit order). */
const hitKey = (hit: RankedHit): Key => [hit.score, hit.lucene, hit.entity.name, hit.entity.id];
const searchList: KeyedList = { name: 'search', shape: ['number', 'number', 'string', 'string'] };

function compareKeys(a: Key, b: Key): number {
  for (const [i, descending] of [true, true, false, false].entries()) {
    if (a[i]! === b[i]!) continue;
    const less = a[i]! < b[i]!;
    return less === descending ? 1 : -1;
  }
  return 0;
}

/** A page of hits, ranked over the whole pool; after is a hit's key, so pages join up while the graph stays the same. */
export async function search(
  graph: Graph,
  text: string,
  kinds: EntityKind[] | undefined,
  window: PageWindow,
): Promise<Page<SearchHit>> {
  const params = searchParams(text, kinds);
  const { after } = pageKeys(window, searchList);
  if (!params) return toPage([], window, searchList, hitKey, 0);
  const folded = foldKey(text);
  const rows = await graph.read('read/search', params);
  const ranked = rows
    .map((row): RankedHit => {
      const entity = row.entity;
      // Ties go to the form written as the text was (same script and spelling).
      const forms = [entity.name, ...entity.aliases].map((name) => ({
        name,
        score: matchScore(folded, name),
        verbatim: name.toLowerCase() === text.trim().toLowerCase(),
      }));
      const best = forms.reduce((a, b) =>
        b.score > a.score || (b.score === a.score && b.verbatim && !a.verbatim) ? b : a,
      );
      return {
        entity: { id: entity.id, kind: entity.kind, name: entity.name, roles: entity.roles },
        matched: best.name,
        score: Math.round(best.score * 1000) / 1000,
        lucene: Number(row.score),
      };
    })
    .sort((a, b) => compareKeys(hitKey(a), hitKey(b)));
  const rest = after ? ranked.filter((hit) => compareKeys(hitKey(hit), after) > 0) : ranked;
  return toPage(rest.slice(0, window.size + 1), window, searchList, hitKey, ranked.length);
}
