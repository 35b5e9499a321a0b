import { timelineRelations } from '../../model';
import type { Graph } from '../driver';
import { int } from '../integer';
import { fetchSize, pageKeys, toPage, type KeyedList, type Page, type PageWindow } from './paging';
import { evidenceParams, reviewedOnly, toFact, type EvidenceRequest, type Fact, type ReviewedFilter } from './shapes';

/** A timeline by [sortDate, fact id]. */
const timelineList: KeyedList = { name: 'timeline', shape: ['string', 'string'] };

export interface TimelineItem {
  date: string | null;
  fact: Fact;
  /** The item's place in date order ('~' for an undated one, last): its cursor with the fact id. */
  sortDate: string;
}

export interface TimelineRequest {
  id: string;
  from?: string;
  to?: string;
  window: PageWindow;
  withTotal: boolean;
  evidence: EvidenceRequest;
  /** ONLY keeps the facts an editor accepted or corrected; INCLUDE (when not given) every fact not rejected. */
  reviewed?: ReviewedFilter;
}

export async function readTimeline(graph: Graph, request: TimelineRequest): Promise<Page<TimelineItem> | null> {
  const { after, before } = pageKeys(request.window, timelineList);
  const [row] = await graph.read('read/timeline', {
    id: request.id,
    types: timelineRelations,
    from: request.from ?? null,
    to: request.to ?? null,
    after,
    before,
    backward: request.window.backward,
    limit: int(fetchSize(request.window)),
    withTotal: request.withTotal,
    reviewedOnly: reviewedOnly(request.reviewed),
    ...evidenceParams(request.evidence),
  });
  // null, not an error, for an unknown entity (as entity(id)); an empty page is an entity with nothing dated.
  if (!row!.found) return null;
  const items = row!.items.map((item) => ({
    date: item.date ?? null,
    sortDate: item.sortDate,
    fact: toFact(item.fact),
  }));
  return toPage(
    items,
    request.window,
    timelineList,
    (item) => [item.sortDate, item.fact.id],
    row!.totalCount === null ? null : Number(row!.totalCount),
  );
}
