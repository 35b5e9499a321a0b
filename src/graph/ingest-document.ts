/**
 * Writes one article's plan in one transaction: document and sentences,
 * entities, mentions, facts, evidence. Either all of it lands or none.
 */
import type { WritePlan } from '../ingest/plan';
import type { Graph, Transaction } from './driver';

export interface WriteOutcome {
  status: 'ingested' | 'unchanged';
  documentId: string;
  createdEntityIds: string[];
  mergedEntityIds: string[];
  createdFactIds: string[];
  corroboratedFactIds: string[];
}

/** A judgement that names with these folded keys, in one content, are not this entity. */
export interface RejectedResolution {
  entityId: string;
  keys: string[];
}

export async function documentByHash(
  graph: Graph,
  contentHash: string,
): Promise<{ id?: string; rejected: RejectedResolution[] }> {
  const [row] = await graph.read('ingest/document-by-hash', { contentHash });
  return { id: (row?.id as string | null) ?? undefined, rejected: (row?.rejected as RejectedResolution[]) ?? [] };
}

const isDuplicateDocument = (error: unknown) =>
  (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
  /contentHash|document_content_hash|document_id/.test(String((error as Error).message));

export async function writeDocument(graph: Graph, plan: WritePlan): Promise<WriteOutcome> {
  const documentId = plan.document.id;
  try {
    return await graph.writeTransaction((tx) => writePlan(tx, plan));
  } catch (error) {
    // The same content ingested concurrently: the other transaction won; this one is a no-op.
    if (isDuplicateDocument(error)) return unchanged(documentId);
    throw error;
  }
}

/** The statements of an ingest, inside a caller's transaction. */
export async function writePlan(tx: Transaction, plan: WritePlan): Promise<WriteOutcome> {
  const documentId = plan.document.id;
  await tx.run('ingest/create-document', { document: plan.document, sentences: plan.sentences });
  const entities = await tx.run('ingest/merge-entities', { entities: plan.entities, documentId });
  await tx.run('ingest/create-mentions', { mentions: plan.mentions, documentId });
  const facts = await tx.run('ingest/merge-facts', { facts: plan.facts, documentId });
  await tx.run('ingest/create-evidence', { evidence: plan.evidence, documentId });
  return {
    status: 'ingested',
    documentId,
    createdEntityIds: entities.filter((r) => r.created).map((r) => r.id as string),
    mergedEntityIds: entities.filter((r) => !r.created).map((r) => r.id as string),
    createdFactIds: facts.filter((r) => r.created).map((r) => r.factId as string),
    corroboratedFactIds: facts.filter((r) => !r.created).map((r) => r.factId as string),
  };
}

export function unchanged(documentId: string): WriteOutcome {
  return {
    status: 'unchanged',
    documentId,
    createdEntityIds: [],
    mergedEntityIds: [],
    createdFactIds: [],
    corroboratedFactIds: [],
  };
}
