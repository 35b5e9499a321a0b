/**
 * Retracts one document in one transaction: its facts lose a source (and go
 * when none is left), its sentences, mentions and evidence go, and entities
 * that only it supported go. Everything else stays as it was.
 */
import { notFound } from '../errors';
import { relationTypes } from '../model';
import type { Graph, Transaction } from './driver';
import { underIngestLock } from './ingest-document';

export interface DeleteOutcome {
  documentId: string;
  factsRetracted: number;
  factsRemoved: number;
  entitiesRemoved: number;
}

/** Under the ingest lock: an ingest resolving against the entities this removes sees them all or none. */
export function deleteDocument(graph: Graph, id: string): Promise<DeleteOutcome> {
  return graph.writeTransaction((tx) => underIngestLock(tx, () => retractDocument(tx, id)));
}

/** The statements of a deletion, inside a caller's transaction. */
export async function retractDocument(tx: Transaction, id: string): Promise<DeleteOutcome> {
  const [facts] = await tx.run('delete-document/retract-facts', { id });
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
  };
}
