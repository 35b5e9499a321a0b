/**
 * Retracts one document in one transaction: its facts lose a source (and go
 * when none is left), its sentences, mentions and evidence go, and entities
 * that only it supported go. Everything else stays as it was.
 */
import { notFound } from '../errors';
import { officeRelations, relationTypes } from '../model';
import { recordChange, systemAuthor } from './audit/record-change';
import type { Graph, Transaction } from './driver';
import { underIngestLock } from './ingest-document';

export interface DeleteOutcome {
  documentId: string;
  factsRetracted: number;
  factsRemoved: number;
  entitiesRemoved: number;
}

/** What a deletion touched: the entities the document mentioned and the facts it supported. */
export interface RetractedDocument extends DeleteOutcome {
  entityIds: string[];
  factIds: string[];
  /** Earlier holders' facts this document had ended (an inferred validTo), open again. */
  reopenedFactIds: string[];
}

/**
 * Under the ingest lock: an ingest resolving against the entities this removes sees them all or none.
 * Recorded in the audit log as made by `by` (an API key's name, or "system").
 */
export function deleteDocument(graph: Graph, id: string, by = systemAuthor): Promise<DeleteOutcome> {
  return graph.writeTransaction((tx) =>
    underIngestLock(tx, async () => {
      const { entityIds, factIds, reopenedFactIds, ...outcome } = await retractDocument(tx, id);
      await recordChange(tx, {
        by,
        operation: 'DELETE_DOCUMENT',
        documentIds: [id],
        entityIds,
        factIds: [...factIds, ...reopenedFactIds],
        before: { documentId: id },
        after: {
          factsRetracted: outcome.factsRetracted,
          factsRemoved: outcome.factsRemoved,
          entitiesRemoved: outcome.entitiesRemoved,
          factsReopened: reopenedFactIds.length,
        },
      });
      return outcome;
    }),
  );
}

/** The statements of a deletion, inside a caller's transaction. */
export async function retractDocument(tx: Transaction, id: string): Promise<RetractedDocument> {
  const [facts] = await tx.run('delete-document/retract-facts', { id });
  const [reopened] = await tx.run('delete-document/reopen-ended', { id, types: officeRelations });
  const [removed] = await tx.run('delete-document/remove-document', { id });
  if (!removed) throw notFound('document', id);
  const [entities] = await tx.run('delete-document/refresh-entities', {
    entityIds: removed.entityIds,
    factTypes: relationTypes,
  });
  return {
    documentId: id,
    factsRetracted: Number(facts?.retracted ?? 0),
    factsRemoved: Number(facts?.removed ?? 0),
    entitiesRemoved: Number(entities?.removedEntities ?? 0),
    entityIds: removed.entityIds,
    factIds: facts?.factIds ?? [],
    reopenedFactIds: reopened?.factIds ?? [],
  };
}
