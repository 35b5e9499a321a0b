import type { Graph } from '../graph/driver';
import type { Logger } from '../log';

/** What every resolver receives: the graph and a request-scoped logger. */
export interface Context {
  graph: Graph;
  log: Logger;
}
