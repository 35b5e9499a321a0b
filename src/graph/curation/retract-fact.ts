/**
 * A curator retracts a fact: the relationship and all its evidence go (the
 * entities stay). NOT_FOUND when there is no such fact. One write transaction.
 */
import { notFound } from '../../errors';
import { recordChange, systemAuthor } from '../audit/record-change';
import type { Graph } from '../driver';
import type { RetractedFact } from '../statements';

/** `by`: who the audit log records as retracting it (an API key's name, or "system"). */
export async function retractFact(graph: Graph, id: string, by = systemAuthor): Promise<RetractedFact> {
  return graph.writeTransaction(async (tx) => {
    const [row] = await tx.run('curation/retract-fact', { id });
    if (!row) throw notFound('fact', id);
    const retracted = row.retracted;
    await recordChange(tx, {
      by,
      operation: 'RETRACT_FACT',
      entityIds: [retracted.from.id, retracted.to.id],
      factIds: [id],
      before: { type: retracted.type, fromId: retracted.from.id, toId: retracted.to.id },
      after: { evidenceRemoved: Number(retracted.evidenceRemoved) },
    });
    return { ...retracted, evidenceRemoved: Number(retracted.evidenceRemoved) };
  });
}
