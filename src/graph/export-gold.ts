/**
 * The reads behind `npm run export-gold`: which documents there are (and whether a reviewer judged a
 * fact they state), and one document with its entities and its reviewed facts, as gold needs them.
 */
import type { Graph } from './driver';
import type { GoldDocumentRow } from './statements';

export interface GoldDocumentSummary {
  id: string;
  title: string | null;
  language: string;
  /** Whether a reviewer judged (and has not undone) a fact this document states. */
  judged: boolean;
  /** How many of the facts it states nobody judged yet (0: reviewed to the end). */
  unreviewed: number;
}

/** The documents asked for (all when documentIds is null), in one language or any, in id order. */
export async function listGoldDocuments(
  graph: Graph,
  selection: { documentIds: string[] | null; language: string | null },
): Promise<GoldDocumentSummary[]> {
  return graph.read('export-gold/documents', selection);
}

/** One document's text, entities and reviewed facts (unreviewed ones too when asked); null when it is gone. */
export async function readGoldDocument(
  graph: Graph,
  documentId: string,
  options: { includeUnreviewed: boolean },
): Promise<GoldDocumentRow | null> {
  const [row] = await graph.read('export-gold/document', { documentId, ...options });
  return row ?? null;
}
