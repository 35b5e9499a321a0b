/**
 * The audit log is the watches' outbox: every write records its change entry (with the entities
 * and facts it touched) in its own transaction, numbered in commit order (cypher/audit/). A
 * drainer reads, for each watch, the entries after the watch's cursor and turns those that touch
 * a watched fact into events; the cursor moves and the webhook deliveries are queued in one
 * transaction. A write that failed left no entry, so it notifies nobody; an entry committed just
 * before a crash is still after the cursor when the service starts again, so nothing is lost.
 */
import { randomUUID } from 'node:crypto';
import type { Graph } from '../driver';
import { int } from '../integer';
import { evidenceParams, toFact, type Fact } from '../read/shapes';
import type { DeliveryRow, DrainedChange, WatchRow } from '../statements';

/** What a watch hears of one write: the facts it touched that the watch follows, as they are now. */
export interface FactEvent {
  /** The event's id (also its webhook delivery's id). */
  id: string;
  watchId: string;
  watchName: string;
  /** The change entry of the audit log (Query.changes) the event comes from. */
  changeId: string;
  operation: string;
  /** When the write was made, and by which key ("system": the CLI or sample corpus). */
  at: string;
  by: string;
  facts: Fact[];
  /** Facts the write touched that no longer exist (retracted, or their last document deleted). */
  removedFactIds: string[];
}

/** Entries one drain transaction reads for a watch. */
const drainBatch = 100;
/** Quotes sent with each fact of an event. */
const eventEvidence = 5;

/** The ids of the watches that have entries to read. */
export async function watchesBehind(graph: Graph): Promise<string[]> {
  return (await graph.read('watch/behind')).map((row) => row.id);
}

function eventOf(watch: WatchRow, drained: DrainedChange): FactEvent | undefined {
  if (drained.facts.length === 0 && drained.removedFactIds.length === 0) return undefined;
  return {
    id: `event_${randomUUID()}`,
    watchId: watch.id,
    watchName: watch.name,
    changeId: drained.change.id,
    operation: drained.change.operation,
    at: drained.change.at,
    by: drained.change.by,
    facts: drained.facts.map(toFact),
    removedFactIds: drained.removedFactIds,
  };
}

export interface Drained {
  events: FactEvent[];
  /** More entries wait after this batch. */
  more: boolean;
}

/**
 * Reads the next entries for one watch, moves its cursor past them and queues the webhook
 * deliveries of their events, in one transaction; returns the events (to publish to subscribers
 * once it committed).
 */
export async function drainWatch(graph: Graph, watchId: string): Promise<Drained> {
  return graph.writeTransaction(async (tx) => {
    const now = new Date().toISOString();
    const [locked] = await tx.run('watch/drain-lock', { id: watchId, now });
    if (!locked) return { events: [], more: false };
    const watch = locked.watch;
    const entries = await tx.run('watch/drain-read', {
      id: watchId,
      limit: int(drainBatch),
      ...evidenceParams({ limit: eventEvidence, after: null, withTotal: true }),
    });
    if (entries.length === 0) return { events: [], more: false };
    const events = entries.flatMap((entry) => eventOf(watch, entry) ?? []);
    const seqOf = new Map(entries.map((entry) => [entry.change.id, entry.change.seq]));
    await tx.run('watch/drain-record', {
      id: watchId,
      cursor: int(entries.at(-1)!.change.seq),
      now,
      events:
        watch.webhookUrl === null
          ? []
          : events.map((event) => ({
              id: event.id,
              changeId: event.changeId,
              seq: int(seqOf.get(event.changeId)!),
              payload: JSON.stringify(event),
            })),
    });
    return { events, more: entries.length === drainBatch };
  });
}

export interface DueDelivery {
  id: string;
  /** The event as JSON: the body sent, byte for byte, at every attempt. */
  payload: string;
  attempts: number;
  webhookUrl: string;
  secret: string;
}

/**
 * Claims up to `limit` webhook deliveries due at `now`, leased to the caller until `leaseUntil`: replicas
 * draining at once each get different ones, so none is sent twice while its attempt runs.
 */
export async function claimDeliveries(
  graph: Graph,
  now: Date,
  limit: number,
  leaseUntil: Date,
): Promise<DueDelivery[]> {
  return graph.writeTransaction(async (tx) => {
    const locked = await tx.run('watch/claim-lock', { now: now.toISOString(), limit: int(limit) });
    if (locked.length === 0) return [];
    return tx.run('watch/claim-deliveries', {
      ids: locked.map((row) => row.id),
      now: now.toISOString(),
      leaseUntil: leaseUntil.toISOString(),
    });
  });
}

/** When the next pending delivery is due, or undefined when none is pending. */
export async function nextDue(graph: Graph): Promise<Date | undefined> {
  const [row] = await graph.read('watch/next-due');
  return row?.nextAttemptAt ? new Date(row.nextAttemptAt) : undefined;
}

export interface AttemptOutcome {
  at: Date;
  statusCode: number | null;
  error: string | null;
  status: DeliveryRow['status'];
  /** When to try again (PENDING only). */
  retryAt: Date | null;
}

export async function recordAttempt(graph: Graph, deliveryId: string, outcome: AttemptOutcome): Promise<void> {
  await graph.write('watch/record-attempt', {
    id: deliveryId,
    at: outcome.at.toISOString(),
    statusCode: outcome.statusCode === null ? null : int(outcome.statusCode),
    error: outcome.error,
    status: outcome.status,
    nextAttemptAt: outcome.retryAt?.toISOString() ?? null,
    deliveredAt: outcome.status === 'DELIVERED' ? outcome.at.toISOString() : null,
  });
}

/** A watch's delivery log, newest first. */
export async function readDeliveries(graph: Graph, watchId: string, limit: number): Promise<DeliveryRow[]> {
  return (await graph.read('watch/deliveries', { id: watchId, limit: int(limit) })).map((row) => row.delivery);
}
