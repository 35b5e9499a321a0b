/**
 * A graph whose write transactions fail right after one named statement ran (only when `when`, given
 * the statement's parameters, says so), to show that a write rolls back whole (the statement's effect
 * and everything after it, audit entry included).
 */
import type { Graph, Transaction } from '../../src/graph/driver';

export function failingAfter(graph: Graph, statement: string, when: (params: unknown) => boolean = () => true): Graph {
  return {
    ...graph,
    writeTransaction: (work) =>
      graph.writeTransaction((tx) =>
        work({
          run: async (name, ...params) => {
            const rows = await tx.run(name, ...params);
            if (name === statement && when(params[0])) throw new Error(`injected failure after ${name}`);
            return rows;
          },
        } satisfies Transaction),
      ),
  };
}
