/**
 * An editor confirms how ingest resolved a document's names to an entity fuzzily
 * (EntityMerge.method fuzzy): the document's fuzzily resolved mentions of the entity
 * become CONFIRMED, and the confirmation is recorded for the content, so ingesting it
 * again confirms them again. (Splitting them apart is rejectResolution.) One write
 * transaction.
 */
import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../../errors';
import { boundedText, inputLimits } from '../../input-limits';
import { recordChange } from '../audit/record-change';
import type { Graph } from '../driver';

export async function confirmResolution(
  graph: Graph,
  input: { documentId: string; entityId: string; note?: string | null },
  by: string,
  now = new Date(),
): Promise<{ confirmedMentions: number }> {
  const note = input.note == null ? null : boundedText('input.note', input.note, inputLimits.note);
  return graph.writeTransaction(async (tx) => {
    const [about] = await tx.run('review/resolution-read', { documentId: input.documentId, entityId: input.entityId });
    if (!about?.found) throw notFound('document', input.documentId);
    if (about.mentions === 0) {
      throw badInput('input.entityId', `document ${input.documentId} does not mention entity ${input.entityId}`);
    }
    if (about.fuzzy === 0) {
      throw badInput(
        'input.entityId',
        'the document names this entity exactly: there is no fuzzy resolution to confirm',
      );
    }
    const [row] = await tx.run('review/confirm-resolution', {
      documentId: input.documentId,
      entityId: input.entityId,
      judgementId: `confirmation_${randomUUID()}`,
      by,
      at: now.toISOString(),
      note,
    });
    await recordChange(tx, {
      by,
      operation: 'REVIEW',
      entityIds: [input.entityId],
      documentIds: [input.documentId],
      after: { verdict: 'CONFIRM', confirmedMentions: row!.confirmed },
    });
    return { confirmedMentions: row!.confirmed };
  });
}
