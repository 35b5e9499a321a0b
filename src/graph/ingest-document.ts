/**
 * Writes one article's plan in one transaction: document and sentences,
 * entities, mentions, facts, evidence. Either all of it lands or none.
 */
import type { WritePlan } from '../ingest/plan';
import type { Graph } from './driver';

export interface WriteOutcome {
  status: 'ingested' | 'unchanged';
  documentId: string;
  createdEntityIds: string[];
  mergedEntityIds: string[];
  createdFactIds: string[];
  corroboratedFactIds: string[];
}

export async function documentByHash(graph: Graph, contentHash: string): Promise<string | undefined> {
  const [row] = await graph.read('ingest/document-by-hash', { contentHash });
  return row?.id as string | undefined;
}

const isDuplicateDocument = (error: unknown) =>
  (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
  /contentHash|document_content_hash|document_id/.test(String((error as Error).message));

export async function writeDocument(graph: Graph, plan: WritePlan): Promise<WriteOutcome> {
  const documentId = plan.document.id;
  try {
    return await graph.writeTransaction(async (tx) => {
      await tx.run('ingest/create-document', { document: plan.document, sentences: plan.sentences });
      const entities = await tx.run('ingest/merge-entities', { entities: plan.entities, documentId });
      await tx.run('ingest/create-mentions', { mentions: plan.mentions, documentId });
      const facts = await tx.run('ingest/merge-facts', { facts: plan.facts, documentId });
      await tx.run('ingest/create-evidence', { evidence: plan.evidence, documentId });
      return {
        status: 'ingested' as const,
        documentId,
        createdEntityIds: entities.filter((r) => r.created).map((r) => r.id as string),
        mergedEntityIds: entities.filter((r) => !r.created).map((r) => r.id as string),
        createdFactIds: facts.filter((r) => r.created).map((r) => r.factId as string),
        corroboratedFactIds: facts.filter((r) => !r.created).map((r) => r.factId as string),
      };
    });
  } catch (error) {
    // The same content ingested concurrently: the other transaction won; this one is a no-op.
    if (isDuplicateDocument(error)) return unchanged(documentId);
    throw error;
  }
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
