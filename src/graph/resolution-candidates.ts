import { relationTypes } from '../model';
import type { Transaction } from './driver';
import type { Candidate, CandidateQuery, ExactProbe } from './statements';

/** What the full-text index found for each Lucene query: entity ids, best first (cypher/ingest/fulltext-candidates). */
export type FullTextHits = ReadonlyMap<string, readonly string[]>;

/** What the folder ingest asks once for a group: the names' own ids that hold their exact match, and full-text hits. */
export interface GroupHits {
  exact: ReadonlySet<string>;
  fullText: FullTextHits;
}

/** Of the ids names would have, those that hold an entity of that kind with that key (cypher/ingest/exact-ids). */
export async function exactIds(tx: Transaction, probes: readonly ExactProbe[]): Promise<Set<string>> {
  if (probes.length === 0) return new Set();
  const distinct = [...new Map(probes.map((probe) => [probe.id, probe])).values()];
  const [row] = await tx.run('ingest/exact-ids', { probes: distinct });
  return new Set(row?.ids ?? []);
}

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
