import { relationTypes } from '../model';
import type { Graph } from './driver';

export interface CandidateQuery {
  localId: string;
  kind: string;
  /** Lucene query over aliasKeys, built from folded keys (which contain only [a-z0-9 ]). */
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

export async function resolutionCandidates(graph: Graph, entities: CandidateQuery[]): Promise<Candidate[]> {
  if (entities.length === 0) return [];
  const rows = await graph.read('ingest/resolution-candidates', { entities, factTypes: relationTypes });
  return rows as unknown as Candidate[];
}
