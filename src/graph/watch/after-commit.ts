/**
 * The service's graph as its writers use it, telling the watch drainer after every committed
 * write (never after a failed one: the call comes only once the transaction returned).
 */
import type { Graph } from '../driver';

export function afterCommit(graph: Graph, committed: () => void): Graph {
  return {
    ...graph,
    write: async (statement, ...params) => {
      const rows = await graph.write(statement, ...params);
      committed();
      return rows;
    },
    writeTransaction: async (work) => {
      const result = await graph.writeTransaction(work);
      committed();
      return result;
    },
  };
}
