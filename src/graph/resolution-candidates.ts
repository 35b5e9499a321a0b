import { relationTypes } from '../model';
import type { Transaction } from './driver';

export interface CandidateQuery {
  localId: string;
  kind: string;
  /** Lucene query over aliasKeys, built from folded keys (letters, digits, '.' between digits, spaces). */
  query: string;
  /** The folded keys themselves, to tell exact matches. */
  keys: string[];
}

export interface Candidate {
  localId: string;
  id: string;
  name: string;
  keys: string[];
  context: string[];
}

/** Candidates as the caller's transaction sees the graph (resolution runs under the ingest lock). */
export async function resolutionCandidates(tx: Transaction, entities: CandidateQuery[]): Promise<Candidate[]> {
  if (entities.length === 0) return [];
  const rows = await tx.run('ingest/resolution-candidates', { entities, factTypes: relationTypes });
  return rows as unknown as Candidate[];
}
