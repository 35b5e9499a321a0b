/**
 * A Graph that records what it sends to the real database: `roundTrips` counts
 * the round trips (to hold the API to one statement per root field),
 * `statements` lists every named statement with its parameter names, those run
 * inside a write transaction grouped under it (for the operation fixtures).
 */
import type { Graph, Params } from '../../src/graph/driver';

/** One statement sent: its name (the cypher/ file) and its sorted parameter names. */
export interface SentStatement {
  statement: string;
  params: string[];
}
export type Sent = SentStatement | { transaction: SentStatement[] };

const sent = (statement: string, params: Params = {}): SentStatement => ({
  statement,
  params: Object.keys(params).sort(),
});

export function countingGraph(graph: Graph): Graph & { roundTrips: string[]; statements: Sent[]; reset(): void } {
  const roundTrips: string[] = [];
  const statements: Sent[] = [];
  const record = (statement: string, params?: Params) => {
    roundTrips.push(statement);
    statements.push(sent(statement, params));
  };
  return {
    roundTrips,
    statements,
    reset: () => void (roundTrips.splice(0), statements.splice(0)),
    read: (statement, ...params) => (record(statement, params[0]), graph.read(statement, ...params)),
    write: (statement, ...params) => (record(statement, params[0]), graph.write(statement, ...params)),
    writeTransaction: (work) => {
      roundTrips.push('transaction');
      let attempt: Sent | undefined;
      return graph.writeTransaction((tx) => {
        // The driver runs the work again after a transient failure: only the last attempt counts.
        if (attempt) statements.splice(statements.indexOf(attempt), 1);
        const inside: SentStatement[] = [];
        attempt = { transaction: inside };
        statements.push(attempt);
        return work({
          run: (statement, ...params) => (inside.push(sent(statement, params[0])), tx.run(statement, ...params)),
        });
      });
    },
    runAutoCommit: (text, params) => (record('auto-commit', params), graph.runAutoCommit(text, params)),
    close: () => graph.close(),
  };
}
