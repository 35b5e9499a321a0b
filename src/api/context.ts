import type { Graph } from '../graph/driver';
import type { Caller } from './auth';
import type { IngestSettings } from '../ingest/ingest';
import type { Logger } from '../log';

/** What every resolver receives. */
export interface Context {
  graph: Graph;
  ingest: IngestSettings;
  log: Logger;
  /** Who is calling, from the request's API key. */
  caller: Caller;
  /** Largest graph view (nodes), from MAX_VIEW_NODES. */
  maxViewNodes: number;
}
