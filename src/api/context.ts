import type { Graph } from '../graph/driver';
import type { IngestSettings } from '../ingest/ingest';
import type { Logger } from '../log';

/** What every resolver receives. */
export interface Context {
  graph: Graph;
  ingest: IngestSettings;
  log: Logger;
  /** Largest graph view (nodes), from MAX_VIEW_NODES. */
  maxViewNodes: number;
}
