/**
 * A graph whose write transactions fail right after one named statement ran, to show that a
 * write rolls back whole (the statement's effect and everything after it, audit entry included).
 */
import type { Graph, Transaction } from '../../src/graph/driver';

export function failingAfter(graph: Graph, statement: string): Graph {
  return {
    ...graph,
    writeTransaction: (work) =>
      graph.writeTransaction((tx) =>
        work({
          run: async (name, ...params) => {
            const rows = await tx.run(name, ...params);
            if (name === statement) throw new Error(`injected failure after ${name}`);
            return rows;
          },
        } satisfies Transaction),
      ),
  };
}
