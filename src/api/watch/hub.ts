/**
 * Where a drained event meets the GraphQL subscriptions of this process: the drainer publishes an
 * event once the transaction that moved the watch's cursor committed, and every factEvents
 * subscription of that watch receives it. Live only: a subscriber hears what is drained while it
 * is connected (a webhook, with its delivery log, is the durable way).
 */
import { EventEmitter, on } from 'node:events';
import type { FactEvent } from '../../graph/watch/outbox';

export class WatchEventHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(event: FactEvent): void {
    this.emitter.emit(event.watchId, event);
  }

  /** The events of one watch from now on; ends (and stops listening) when the consumer returns. */
  async *events(watchId: string, signal?: AbortSignal): AsyncGenerator<FactEvent> {
    try {
      for await (const [event] of on(this.emitter, watchId, { signal })) yield event as FactEvent;
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  }
}
