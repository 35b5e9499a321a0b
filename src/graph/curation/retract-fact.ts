/**
 * A curator retracts a fact: the relationship and all its evidence go (the
 * entities stay). NOT_FOUND when there is no such fact. One write transaction.
 */
import { notFound } from '../../errors';
import type { Graph } from '../driver';
import type { RetractedFact } from '../statements';

export async function retractFact(graph: Graph, id: string): Promise<RetractedFact> {
  return graph.writeTransaction(async (tx) => {
    const [row] = await tx.run('curation/retract-fact', { id });
    if (!row) throw notFound('fact', id);
    const retracted = row.retracted;
    return { ...retracted, evidenceRemoved: Number(retracted.evidenceRemoved) };
  });
}
