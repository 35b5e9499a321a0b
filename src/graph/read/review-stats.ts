/**
 * reviewStats: how many facts are in each review state, overall and per relation type, so an
 * editor sees how much of the graph is reviewed. Hidden facts (rejected, originals of edits) count.
 */
import { relationTypes, type RelationType } from '../../model';
import type { Graph } from '../driver';
import type { ReviewState } from './shapes';

const reviewStates: readonly ReviewState[] = ['UNREVIEWED', 'ACCEPTED', 'REJECTED', 'EDITED'];

export interface ReviewStats {
  total: number;
  /** Every state, in that order, with its count (0 too). */
  states: { state: ReviewState; count: number }[];
  /** Each relation type that has facts, with its count per state (every state, 0 too). */
  types: { type: RelationType; total: number; states: { state: ReviewState; count: number }[] }[];
  /** Fuzzy resolutions (per document and entity): waiting for review, and confirmed. */
  resolutions: { pending: number; confirmed: number };
}

export async function readReviewStats(graph: Graph): Promise<ReviewStats> {
  const [row] = await graph.read('read/review-stats', { factTypes: relationTypes });
  const rows = row!.facts;
  const count = (keep: (row: (typeof rows)[number]) => boolean) =>
    rows.filter(keep).reduce((sum, row) => sum + row.count, 0);
  const perState = (keep: (row: (typeof rows)[number]) => boolean) =>
    reviewStates.map((state) => ({ state, count: count((row) => keep(row) && row.state === state) }));
  const types = [...new Set(rows.map((row) => row.type))];
  return {
    total: count(() => true),
    states: perState(() => true),
    types: types.map((type) => ({
      type,
      total: count((row) => row.type === type),
      states: perState((row) => row.type === type),
    })),
    resolutions: { pending: Number(row!.resolutions.pending), confirmed: Number(row!.resolutions.confirmed) },
  };
}
