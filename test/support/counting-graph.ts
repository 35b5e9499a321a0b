/**
 * A Graph that counts the round trips it makes to the real database, to hold
 * the API to one statement per root field.
 */
import type { Graph } from '../../src/graph/driver';

export function countingGraph(graph: Graph): Graph & { roundTrips: string[]; reset(): void } {
  const roundTrips: string[] = [];
  return {
    roundTrips,
    reset: () => void roundTrips.splice(0),
    read: (statement, params) => (roundTrips.push(statement), graph.read(statement, params)),
    write: (statement, params) => (roundTrips.push(statement), graph.write(statement, params)),
    writeTransaction: (work) => (roundTrips.push('transaction'), graph.writeTransaction(work)),
    runAutoCommit: (text, params) => (roundTrips.push('auto-commit'), graph.runAutoCommit(text, params)),
    close: () => graph.close(),
  };
}
