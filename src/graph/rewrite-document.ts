/**
 * Writes a document again in one transaction: the old version is retracted
 * exactly as deleteDocument does, a resolution judgement is recorded, and the
 * new plan is written. Used to undo how an article's names were resolved.
 */
import { retractDocument } from './delete-document';
import type { Graph, Transaction } from './driver';
import type { WritePlan } from '../ingest/plan';
import { underIngestLock, writePlan, type WriteOutcome } from './ingest-document';
import type { DocumentSource, Judgement } from './statements';

export async function documentSource(
  graph: Graph,
  documentId: string,
  entityId: string,
): Promise<DocumentSource | undefined> {
  const [row] = await graph.read('ingest/document-source', { documentId, entityId });
  return row;
}

/** Under the ingest lock, like an ingest: `plan` resolves the article against the graph without the old version. */
export async function rewriteDocument(
  graph: Graph,
  oldId: string,
  judgement: Judgement,
  plan: (tx: Transaction) => Promise<WritePlan>,
): Promise<WriteOutcome> {
  return graph.writeTransaction((tx) =>
    underIngestLock(tx, async () => {
      await retractDocument(tx, oldId);
      await tx.run('ingest/record-resolution-judgement', { ...judgement });
      return writePlan(tx, await plan(tx));
    }),
  );
}
