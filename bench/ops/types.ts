/**
 * What a measured operation declares: its inputs (one per request, drawn from
 * the generated world and the loaded graph), the GraphQL request we serve, the
 * floor (the same Cypher statement and parameters the service sends, run by
 * the service's graph module with no HTTP or GraphQL in between) and, where
 * @neo4j/graphql can express it, the peer's request.
 */
import type { Graph } from '../../src/graph/driver';
import type { ParamsOf, StatementName } from '../../src/graph/statements';
import type { World } from '../generate/world';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface InputContext {
  world: World;
  graph: Graph;
  count: number;
  seed: number;
}

export interface BenchOp<I = unknown> {
  name: string;
  description: string;
  inputs(context: InputContext): Promise<I[]>;
  graphql(input: I): GraphQLRequest;
  /** A read statement and the parameters src/graph sends for this input, or custom work (writes). */
  floor: ReadFloor<I> | { run(graph: Graph, input: I): Promise<unknown> };
  peer?(input: I): GraphQLRequest;
  /** Changes the graph: measured last. */
  writes?: boolean;
}

/** A statement of the registry and the parameters it takes, built from an input (one member per statement). */
export type ReadFloor<I> = { [N in StatementName]: { statement: N; params(input: I): ParamsOf<N> } }[StatementName];

/** Deterministic sample of `count` items of a list (with repeats when the list is short). */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  if (items.length === 0) throw new Error('nothing to sample from');
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  return Array.from({ length: count }, () => items[Math.floor(next() * items.length)]!);
}
