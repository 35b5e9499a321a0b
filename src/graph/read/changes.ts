/**
 * The audit log (Change nodes written by src/graph/audit/record-change.ts), newest first, as a
 * Relay connection with keyset cursors on (at, id). Filtered by time, author, operation, or the
 * entity or fact a change touched: Query.changes, Entity.history and Fact.history read it here.
 */
import type { Graph } from '../driver';
import { int } from '../integer';
import type { ChangeRow } from '../statements';
import { fetchSize, pageKeys, toPage, type KeyedList, type Page, type PageWindow } from './paging';

export interface ChangeFilter {
  /** ISO 8601 instant (UTC, milliseconds, as recordChange writes it): changes at or after it. */
  since?: string | null;
  by?: string | null;
  entityId?: string | null;
  factId?: string | null;
  operations?: readonly string[] | null;
}

/** A change as the API gives it: before and after parsed back from their JSON. */
export type Change = Omit<ChangeRow, 'before' | 'after'> & { before: unknown; after: unknown };

export const changeList: KeyedList = { name: 'changes', shape: ['string', 'string'] };

const parsed = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function toChange(row: ChangeRow): Change {
  return { ...row, before: parsed(row.before), after: parsed(row.after) };
}

export async function readChanges(graph: Graph, where: ChangeFilter, window: PageWindow): Promise<Page<Change>> {
  const { after } = pageKeys(window, changeList);
  const rows = await graph.read('audit/changes', {
    since: where.since ?? null,
    by: where.by ?? null,
    entityId: where.entityId ?? null,
    factId: where.factId ?? null,
    operations: where.operations?.length ? where.operations : null,
    after,
    limit: int(fetchSize(window)),
  });
  return toPage(
    rows.map((row) => toChange(row.change)),
    window,
    changeList,
    (change) => [change.at, change.id],
  );
}
