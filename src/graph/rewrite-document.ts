/**
 * Writes a document again in one transaction: the old version is retracted
 * exactly as deleteDocument does, a resolution judgement is recorded, and the
 * new plan is written. Used to undo how an article's names were resolved.
 */
import { recordChange } from './audit/record-change';
import { retractDocument } from './delete-document';
import type { Graph, Transaction } from './driver';
import type { WritePlan } from '../ingest/plan';
import { outcomeCounts, touched, underIngestLock, writePlan, type WriteOutcome } from './ingest-document';
import type { DocumentSource, Judgement } from './statements';

export async function documentSource(
  graph: Graph,
  documentId: string,
  entityId: string,
): Promise<DocumentSource | undefined> {
  const [row] = await graph.read('ingest/document-source', { documentId, entityId });
  return row;
}

/**
 * Under the ingest lock, like an ingest: `plan` resolves the article against the graph without the old version.
 * Recorded in the audit log as one REJECT_RESOLUTION change made by `by`.
 */
export async function rewriteDocument(
  graph: Graph,
  oldId: string,
  judgement: Judgement,
  plan: (tx: Transaction) => Promise<WritePlan>,
  by: string,
): Promise<WriteOutcome> {
  return graph.writeTransaction((tx) =>
    underIngestLock(tx, async () => {
      const retracted = await retractDocument(tx, oldId);
      await tx.run('ingest/record-resolution-judgement', { ...judgement });
      const outcome = await writePlan(tx, await plan(tx));
      const ids = touched(outcome);
      await recordChange(tx, {
        by,
        operation: 'REJECT_RESOLUTION',
        documentIds: [oldId, ...ids.documentIds],
        entityIds: [judgement.entityId, ...retracted.entityIds, ...ids.entityIds],
        factIds: [...retracted.factIds, ...retracted.reopenedFactIds, ...ids.factIds],
        before: { documentId: oldId, entityId: judgement.entityId, keys: judgement.keys },
        after: { judgementId: judgement.id, ...outcomeCounts(outcome) },
      });
      return outcome;
    }),
  );
}
