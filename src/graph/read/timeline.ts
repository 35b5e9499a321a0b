import type { RelationType } from '../../model';
import { int, type Graph } from '../driver';
import { toFact, type Fact, type FactRow } from './shapes';

/** What a timeline shows: visits, meetings, events and agreements. */
export const timelineTypes: RelationType[] = ['VISITED', 'MET_WITH', 'PARTICIPATED_IN', 'AGREEMENT_WITH'];

export interface TimelineItem {
  date: string | null;
  fact: Fact;
}

export async function readTimeline(
  graph: Graph,
  request: { id: string; from?: string; to?: string; first: number; evidenceFirst: number },
): Promise<TimelineItem[] | null> {
  const [row] = await graph.read('read/timeline', {
    id: request.id,
    types: timelineTypes,
    from: request.from ?? null,
    to: request.to ?? null,
    first: int(request.first),
    evidenceFirst: int(request.evidenceFirst),
  });
  // null, not an error, for an unknown entity (as entity(id)); [] is an entity with nothing dated.
  if (!row!.found) return null;
  return (row!.items as { date: string | null; fact: FactRow }[]).map((item) => ({
    date: item.date ?? null,
    fact: toFact(item.fact),
  }));
}
