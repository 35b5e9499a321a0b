/**
 * The audit log's one writer. Every write of the service calls recordChange inside its own
 * transaction, after its statements: the entry commits with the write or not at all, so a
 * failed write records nothing and no write goes unrecorded. `by` is the API key's name
 * (passed down from the resolver) or "system" for the CLI and the sample corpus.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from '../driver';
import type { ChangeRow } from '../statements';

/** What a change did: the GraphQL enum ChangeOperation, stored as is. */
export const changeOperations = [
  'INGEST_DOCUMENT',
  'DELETE_DOCUMENT',
  'REJECT_RESOLUTION',
  'UPSERT_ENTITY',
  'ADD_FACT',
  'RETRACT_FACT',
  'MERGE_ENTITIES',
  'UNMERGE_ENTITIES',
  'REVIEW',
  'CREATE_WATCH',
  'DELETE_WATCH',
] as const;
export type ChangeOperation = (typeof changeOperations)[number];

/** Who made a write that no API key made: the CLI and the sample corpus. */
export const systemAuthor = 'system';

export interface ChangeEntry {
  /** The API key's name, or systemAuthor. */
  by: string;
  operation: ChangeOperation;
  /** The entities the write touched: Entity.history lists the change under each. */
  entityIds?: readonly string[];
  /** The facts it touched: Fact.history lists the change under each. */
  factIds?: readonly string[];
  documentIds?: readonly string[];
  /** A compact picture of what was there before and after (JSON values; null when nothing). */
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
const distinct = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])];

/** Records one change in the caller's transaction; returns its id. */
export async function recordChange(tx: Transaction, entry: ChangeEntry, at = new Date()): Promise<string> {
  const [id] = await recordChanges(tx, [{ entry, at }]);
  return id!;
}

/**
 * Records several changes made in the caller's transaction, in their order, in one statement (a folder ingest's
 * group: one entry per article); returns their ids.
 */
export async function recordChanges(
  tx: Transaction,
  changes: readonly { entry: ChangeEntry; at: Date }[],
): Promise<string[]> {
  if (changes.length === 0) return [];
  const entries = changes.map(({ entry, at }) => changeRow(entry, at));
  await tx.run('audit/record-changes', { entries });
  return entries.map((row) => row.id);
}

function changeRow(entry: ChangeEntry, at: Date): ChangeRow {
  return {
    id: `change_${randomUUID()}`,
    at: at.toISOString(),
    by: entry.by,
    operation: entry.operation,
    entityIds: distinct(entry.entityIds),
    factIds: distinct(entry.factIds),
    documentIds: distinct(entry.documentIds),
    before: json(entry.before),
    after: json(entry.after),
  };
}
