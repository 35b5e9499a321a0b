/**
 * The watches' drainer: reads the outbox (src/graph/watch/outbox.ts) for every watch that is
 * behind, publishes the events to this process's subscribers, then sends the webhook deliveries
 * that are due. It runs once at start (what a crash left undelivered), whenever a write of this
 * service commits (wake), when the next retry is due, and every pollMs for writes made by another
 * process (the CLI). One run at a time; a wake during a run runs it again.
 */
import type { Graph } from '../../graph/driver';
import {
  claimDeliveries,
  drainWatch,
  nextDue,
  type DueDelivery,
  recordAttempt,
  watchesBehind,
} from '../../graph/watch/outbox';
import { webhookRefusal } from '../../graph/watch/webhook-hosts';
import type { Logger } from '../../log';
import type { WatchEventHub } from './hub';
import { postEvent, retryDelayMs } from './webhook';

export interface WebhookSettings {
  /** Hosts (or host:port) webhooks may reach (WEBHOOK_HOSTS). */
  hosts: readonly string[];
  /** Attempts before a delivery is FAILED (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Delay before the first retry, doubled at each next one (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** Time one attempt may take (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
}

export interface DrainerOptions {
  graph: Graph;
  hub: WatchEventHub;
  webhooks: WebhookSettings;
  /** How often to look for writes of other processes (WATCH_POLL_MS). */
  pollMs: number;
  log: Logger;
}

/** Deliveries sent in one run, before the outbox is read again. */
const deliveriesPerRun = 50;
/**
 * A delivery is claimed just before it is sent, one at a time, and leased for as long as its attempt may
 * take plus this margin (for recording the outcome); when a replica dies holding a claim, that delivery is
 * due again once the lease ends: a restarted service sends it at most WEBHOOK_TIMEOUT_MS + 10 s later.
 */
export const claimMarginMs = 10_000;

export class WatchDrainer {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: DrainerOptions) {}

  /** Drains now (or right after the run in progress). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.again) this.wake();
      else void this.schedule();
    });
  }

  /** Stops waking and waits for the run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private async run(): Promise<void> {
    this.again = false;
    const { graph, hub, log } = this.options;
    try {
      for (const watchId of await watchesBehind(graph)) {
        try {
          for (let more = true; more && !this.stopped;) {
            const drained = await drainWatch(graph, watchId);
            for (const event of drained.events) hub.publish(event);
            more = drained.more;
          }
        } catch (error) {
          // One watch that cannot be drained (its cursor stays) holds up no other.
          log.warn({ err: error, watchId }, 'watch drainer: draining a watch failed; will retry');
        }
      }
      await this.deliverDue();
    } catch (error) {
      // The database may be away: the next wake or poll tries again, and nothing was lost.
      log.warn({ err: error }, 'watch drainer: run failed; will retry');
    }
  }

  private async deliverDue(): Promise<void> {
    for (let sent = 0; sent < deliveriesPerRun && !this.stopped; sent++) {
      const now = new Date();
      const leaseUntil = new Date(now.getTime() + this.options.webhooks.timeoutMs + claimMarginMs);
      const [claimed] = await claimDeliveries(this.options.graph, now, 1, leaseUntil);
      if (!claimed) return;
      await this.deliver(claimed);
    }
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const { graph, webhooks, log } = this.options;
    const refused = webhookRefusal(delivery.webhookUrl, webhooks.hosts);
    const result = refused
      ? { delivered: false, statusCode: null, error: refused }
      : await postEvent(delivery.webhookUrl, delivery.payload, delivery.secret, delivery.id, webhooks.timeoutMs);
    const attempts = delivery.attempts + 1;
    const at = new Date();
    const exhausted = !result.delivered && (attempts >= webhooks.maxAttempts || refused !== undefined);
    await recordAttempt(graph, delivery.id, {
      at,
      statusCode: result.statusCode,
      error: result.error,
      status: result.delivered ? 'DELIVERED' : exhausted ? 'FAILED' : 'PENDING',
      retryAt:
        result.delivered || exhausted ? null : new Date(at.getTime() + retryDelayMs(attempts, webhooks.retryBaseMs)),
    });
    if (!result.delivered)
      log.warn({ delivery: delivery.id, attempts, error: result.error }, 'webhook delivery failed');
  }

  private async schedule(): Promise<void> {
    if (this.stopped) return;
    let delay = this.options.pollMs;
    try {
      const due = await nextDue(this.options.graph);
      if (due) delay = Math.max(0, Math.min(delay, due.getTime() - Date.now()));
    } catch {
      // Database away: poll as usual.
    }
    if (this.stopped || this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }
}
