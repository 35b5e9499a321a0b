import { relationTypes } from '../model';
import type { Transaction } from './driver';
import type { Candidate, CandidateQuery } from './statements';

/** What the full-text index found for each Lucene query: entity ids, best first (cypher/ingest/fulltext-candidates). */
export type FullTextHits = ReadonlyMap<string, readonly string[]>;

/** The full-text index's hits for each distinct query, as the caller's transaction sees the graph. */
export async function fullTextHits(tx: Transaction, queries: readonly string[]): Promise<FullTextHits> {
  const distinct = [...new Set(queries)];
  if (distinct.length === 0) return new Map();
  const rows = await tx.run('ingest/fulltext-candidates', { queries: distinct });
  return new Map(rows.map((row) => [row.query, row.ids]));
}

/** Candidates as the caller's transaction sees the graph (resolution runs under the ingest lock). */
export async function resolutionCandidates(tx: Transaction, entities: CandidateQuery[]): Promise<Candidate[]> {
  if (entities.length === 0) return [];
  return tx.run('ingest/resolution-candidates', { entities, factTypes: relationTypes });
}
