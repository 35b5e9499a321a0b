import { relationTypes } from '../model';
import type { Transaction } from './driver';
import type { Candidate, CandidateQuery } from './statements';

/** Candidates as the caller's transaction sees the graph (resolution runs under the ingest lock). */
export async function resolutionCandidates(tx: Transaction, entities: CandidateQuery[]): Promise<Candidate[]> {
  if (entities.length === 0) return [];
  return tx.run('ingest/resolution-candidates', { entities, factTypes: relationTypes });
}
