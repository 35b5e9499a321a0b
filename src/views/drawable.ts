/**
 * What every exporter draws: the subgraph with a node id kept once (the first
 * wins) and an edge kept only when both its ends are drawn and its id is new.
 * Cytoscape refuses an edge to a missing node, yEd and Gephi drop it or fail,
 * and a repeated id is invalid in all three formats, so the exporters agree on
 * this one rule instead of each failing in its own way.
 */
import type { Subgraph, ViewEdge, ViewNode } from './types';

export function drawable(subgraph: Subgraph): Subgraph {
  const nodes = uniqueById(subgraph.nodes);
  const drawn = new Set(nodes.map((node) => node.id));
  const edges = uniqueById(subgraph.edges).filter((edge) => drawn.has(edge.source) && drawn.has(edge.target));
  return { nodes, edges, truncated: subgraph.truncated };
}

function uniqueById<T extends ViewNode | ViewEdge>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
