/**
 * Webhook deliveries are claimed, not just read: two replicas' drainers claiming at once against one
 * Neo4j never get the same delivery, a claimed delivery is not due again until its lease ends (then
 * it is: a replica that died holding it does not lose it), and only PENDING deliveries are claimed.
 */
import type { Graph } from '../../src/graph/driver';
import { claimDeliveries } from '../../src/graph/watch/outbox';
import { openTestGraph, resetGraph } from '../support/graph';

const deliveries = 40;
const start = new Date('2026-11-30T12:00:00Z');
const lease = (from: Date) => new Date(from.getTime() + 60_000);

describe('claiming webhook deliveries', () => {
  let replicaA: Graph;
  let replicaB: Graph;

  beforeAll(() => {
    replicaA = openTestGraph();
    replicaB = openTestGraph();
  });
  afterAll(async () => {
    await replicaA.close();
    await replicaB.close();
  });
  beforeEach(async () => {
    await resetGraph(replicaA);
    // The outbox as drain-record.cypher leaves it: one watch, its pending deliveries, one delivered and one failed.
    await replicaA.runAutoCommit(
      `CREATE (w:Watch {id: 'watch-1', webhookUrl: 'http://127.0.0.1:9/hook', secret: 's'})
       WITH w
       UNWIND range(1, $count) AS n
       CREATE (w)-[:DELIVERS]->(:WatchEvent {id: 'delivery-' + n, watchId: w.id, payload: '{}', status: 'PENDING',
         attempts: 0, nextAttemptAt: $due})
       WITH DISTINCT w
       CREATE (w)-[:DELIVERS]->(:WatchEvent {id: 'delivered', payload: '{}', status: 'DELIVERED', attempts: 1, nextAttemptAt: $due})
       CREATE (w)-[:DELIVERS]->(:WatchEvent {id: 'failed', payload: '{}', status: 'FAILED', attempts: 3, nextAttemptAt: $due})`,
      { count: deliveries, due: new Date(start.getTime() - 1000).toISOString() },
    );
  });

  /** Claims batches of 5 until none is left, as one replica's drainer does. */
  const drain = async (graph: Graph): Promise<string[]> => {
    const claimed: string[] = [];
    for (;;) {
      const batch = await claimDeliveries(graph, start, 5, lease(start));
      claimed.push(...batch.map((delivery) => delivery.id));
      if (batch.length === 0) return claimed;
    }
  };

  it('gives each pending delivery to exactly one of two replicas claiming at once', async () => {
    const [byA, byB] = await Promise.all([drain(replicaA), drain(replicaB)]);
    const all = [...byA, ...byB];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Array.from({ length: deliveries }, (_, i) => `delivery-${i + 1}`).sort());
  });

  it('hands a claimed delivery out again only once its lease has ended, with what it sends', async () => {
    const [first] = await claimDeliveries(replicaA, start, 1, lease(start));
    expect(first).toEqual({
      id: 'delivery-1',
      payload: '{}',
      attempts: 0,
      webhookUrl: 'http://127.0.0.1:9/hook',
      secret: 's',
    });
    const justBefore = new Date(lease(start).getTime() - 1);
    const stillLeased = await claimDeliveries(replicaB, justBefore, deliveries, lease(justBefore));
    expect(stillLeased.map((delivery) => delivery.id)).not.toContain('delivery-1');
    expect(stillLeased).toHaveLength(deliveries - 1);
    const afterLease = new Date(lease(start).getTime() + 1);
    const again = await claimDeliveries(replicaB, afterLease, deliveries, lease(afterLease));
    expect(again.map((delivery) => delivery.id)).toEqual(['delivery-1']);
  });
});
