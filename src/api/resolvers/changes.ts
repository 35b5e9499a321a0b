/**
 * The audit log: Query.changes, and each entity's and fact's history (the same log filtered by
 * the id). These field resolvers read the database themselves: a history is asked for one entity
 * or fact at a time, not fetched with the root statement.
 */
import { badInput } from '../../errors';
import { changeOperations } from '../../graph/audit/record-change';
import { readChanges, type ChangeFilter } from '../../graph/read/changes';
import { boundedText, inputLimits } from '../../input-limits';
import { entityKindNames } from '../../model';
import { pageWindow } from '../arguments';
import type { Context } from '../context';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const isoInstant = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** since as the UTC instant the log stores (recordChange writes toISOString()), so that text order is time order. */
function sinceInstant(value: string): string {
  const instant = isoInstant.test(value) ? new Date(value) : undefined;
  if (!instant || Number.isNaN(instant.getTime()))
    throw badInput(
      'where.since',
      `must be an ISO 8601 date-time with a zone (2026-11-30T12:00:00Z) or a date (2026-11-30), got ${JSON.stringify(value)}`,
    );
  return instant.toISOString();
}

function checkedFilter(where: ChangeFilter): ChangeFilter {
  for (const operation of where.operations ?? []) {
    // The schema's enum checks this for GraphQL; kept for callers of the resolver in code.
    if (!(changeOperations as readonly string[]).includes(operation))
      throw badInput('where.operations', `unknown operation ${JSON.stringify(operation)}`);
  }
  return {
    ...where,
    since: where.since == null ? null : sinceInstant(where.since),
    by: where.by == null ? null : boundedText('where.by', where.by, inputLimits.filterText),
  };
}

export const changeQueries = {
  changes: (_: unknown, args: PageArgs & { where?: ChangeFilter | null }, { graph }: Context) =>
    readChanges(graph, checkedFilter(args.where ?? {}), pageWindow('Query.changes', args, 20)),
};

const entityHistory = (entity: { id: string }, args: PageArgs, { graph }: Context) =>
  readChanges(graph, { entityId: entity.id }, pageWindow('Entity.history', args, 20, 'history.'));

const factHistory = (fact: { id: string }, args: PageArgs, { graph }: Context) =>
  readChanges(graph, { factId: fact.id }, pageWindow('Fact.history', args, 20, 'history.'));

/** The type resolvers with history added to every entity type and to Fact. */
export function withHistory<T extends Record<string, object>>(types: T): Record<string, object> {
  const kinds = Object.fromEntries(
    entityKindNames.map((kind) => [kind, { ...(types[kind] ?? {}), history: entityHistory }]),
  );
  return { ...types, ...kinds, Fact: { ...(types.Fact ?? {}), history: factHistory } };
}
