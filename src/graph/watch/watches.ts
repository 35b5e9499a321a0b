/**
 * Watchlists: an API key follows some entities and hears of every committed write that touches
 * their facts (src/graph/watch/outbox.ts reads the audit log for them). A watch belongs to the key
 * that made it: another key neither lists, subscribes to nor deletes it (NOT_FOUND, as if it did
 * not exist). Making and deleting one are writes, recorded in the audit log.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { badInput, notFound } from '../../errors';
import { boundedList, nameText, inputLimits } from '../../input-limits';
import { relationTypes as allRelationTypes, type RelationType } from '../../model';
import { recordChange } from '../audit/record-change';
import type { Graph } from '../driver';
import type { WatchRow } from '../statements';
import { checkedWebhookUrl } from './webhook-hosts';

export type { WatchRow };

export interface CreateWatchInput {
  name: string;
  entityIds: string[];
  /** Absent or null: every type. */
  relationTypes?: RelationType[] | null;
  /** Absent or null: 0. */
  minConfidence?: number | null;
  /** Absent or null: subscriptions only. */
  webhookUrl?: string | null;
}

/** Most entities one watch follows. */
export const maxWatchedEntities = 100;

export interface CreatedWatch {
  watch: WatchRow;
  /** The key of the webhook signatures, shown only here. */
  secret: string;
}

function checkedInput(input: CreateWatchInput, webhookHosts: readonly string[]) {
  const entityIds = [...new Set(boundedList('input.entityIds', input.entityIds, maxWatchedEntities))];
  if (entityIds.length === 0) throw badInput('input.entityIds', 'must name at least one entity');
  const minConfidence = input.minConfidence ?? 0;
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
    throw badInput('input.minConfidence', `must be between 0 and 1, got ${minConfidence}`);
  for (const type of input.relationTypes ?? [])
    if (!(allRelationTypes as readonly string[]).includes(type))
      throw badInput('input.relationTypes', `unknown relation type ${JSON.stringify(type)}`);
  return {
    name: nameText('input.name', input.name, inputLimits.name),
    entityIds,
    relationTypes: input.relationTypes?.length ? [...new Set(input.relationTypes)] : null,
    minConfidence,
    webhookUrl: input.webhookUrl == null ? null : checkedWebhookUrl('input.webhookUrl', input.webhookUrl, webhookHosts),
  };
}

/** Makes a watch for `owner` (an API key's name). BAD_USER_INPUT names a bad field, NOT_FOUND an unknown entity. */
export async function createWatch(
  graph: Graph,
  input: CreateWatchInput,
  owner: string,
  webhookHosts: readonly string[],
): Promise<CreatedWatch> {
  const checked = checkedInput(input, webhookHosts);
  const secret = randomBytes(32).toString('hex');
  return graph.writeTransaction(async (tx) => {
    const [{ missing } = { missing: [] }] = await tx.run('watch/missing-entities', { ids: checked.entityIds });
    if (missing.length > 0) throw notFound('entity', missing[0]!);
    const [row] = await tx.run('watch/create-watch', {
      id: `watch_${randomUUID()}`,
      owner,
      secret,
      createdAt: new Date().toISOString(),
      ...checked,
    });
    const watch = row!.watch;
    await recordChange(tx, {
      by: owner,
      operation: 'CREATE_WATCH',
      after: {
        watchId: watch.id,
        name: watch.name,
        entityIds: watch.entityIds,
        relationTypes: watch.relationTypes,
        minConfidence: watch.minConfidence,
        webhook: watch.webhookUrl !== null,
      },
    });
    return { watch, secret };
  });
}

/** The key's watches, oldest first. */
export async function listWatches(graph: Graph, owner: string): Promise<WatchRow[]> {
  return (await graph.read('watch/watches', { owner, id: null })).map((row) => row.watch);
}

/** One watch of the key; NOT_FOUND when there is none with that id, or it is another key's. */
export async function ownWatch(graph: Graph, id: string, owner: string): Promise<WatchRow> {
  const [row] = await graph.read('watch/watches', { owner, id });
  if (!row) throw notFound('watch', id);
  return row.watch;
}

/** Deletes a watch of the key with its delivery log; NOT_FOUND as ownWatch. */
export async function deleteWatch(graph: Graph, id: string, owner: string): Promise<WatchRow> {
  return graph.writeTransaction(async (tx) => {
    const [row] = await tx.run('watch/delete-watch', { id, owner });
    if (!row) throw notFound('watch', id);
    await recordChange(tx, {
      by: owner,
      operation: 'DELETE_WATCH',
      before: { watchId: row.watch.id, name: row.watch.name, entityIds: row.watch.entityIds },
    });
    return row.watch;
  });
}
