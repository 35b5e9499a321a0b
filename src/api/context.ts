import type { Graph } from '../graph/driver';
import type { Caller } from './auth';
import type { IngestSettings } from '../ingest/ingest';
import type { Logger } from '../log';
import type { WatchEventHub } from './watch/hub';

/** What every resolver receives. */
export interface Context {
  graph: Graph;
  ingest: IngestSettings;
  log: Logger;
  /** Who is calling, from the request's API key. */
  caller: Caller;
  /** Largest graph view (nodes), from MAX_VIEW_NODES. */
  maxViewNodes: number;
  /** Watchlists: the events drained in this process (subscriptions) and the hosts webhooks may reach. */
  watches: { hub: WatchEventHub; webhookHosts: readonly string[] };
}
