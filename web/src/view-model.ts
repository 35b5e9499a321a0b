/**
 * What is drawn, as plain data: the entities and facts gathered from the
 * graph view, the paths and the investors asked for, and the part of them that
 * is visible after hiding and filtering. Pure, so that the exports of the
 * current view (src/views) and the drawing work from the same subgraph.
 */
import { statedFactProperties } from '../../src/model';
import type { Subgraph, ViewEdge, ViewNode } from '../../src/views/types';
import type { EntityRef, Fact, GraphNode } from './queries';
import type { ViewState } from './url-state';

export interface GraphData {
  nodes: Map<string, GraphNode>;
  facts: Map<string, Fact>;
  /** The graph view was cut at its node limit. */
  truncated: boolean;
}

export function emptyData(): GraphData {
  return { nodes: new Map(), facts: new Map(), truncated: false };
}

/** One GraphData from several: the first spelling of a node wins, but known aliases are kept. */
export function combine(...parts: GraphData[]): GraphData {
  const data = emptyData();
  for (const part of parts) {
    for (const node of part.nodes.values()) addNode(data, node);
    for (const fact of part.facts.values()) if (!data.facts.has(fact.id)) data.facts.set(fact.id, fact);
    data.truncated ||= part.truncated;
  }
  return data;
}

export function fromView(view: { nodes: GraphNode[]; edges: Fact[]; truncated: boolean }): GraphData {
  const data = fromFacts(view.edges);
  for (const node of view.nodes) addNode(data, node);
  data.truncated = view.truncated;
  return data;
}

/** The facts and both ends of each (paths, investments). */
export function fromFacts(facts: readonly Fact[]): GraphData {
  const data = emptyData();
  for (const fact of facts) {
    addNode(data, fact.from);
    addNode(data, fact.to);
    data.facts.set(fact.id, fact);
  }
  return data;
}

function addNode(data: GraphData, node: EntityRef | GraphNode): void {
  const known = data.nodes.get(node.id);
  const aliases = 'aliases' in node ? node.aliases : [];
  if (!known) data.nodes.set(node.id, { ...node, aliases });
  else if (known.aliases.length === 0 && aliases.length > 0) data.nodes.set(node.id, { ...known, aliases });
}

export interface Visibility {
  nodes: Set<string>;
  facts: Set<string>;
}

/** Nodes neither hidden nor of a filtered kind; facts of a shown relation type between two shown nodes. */
export function visibility(data: GraphData, state: Pick<ViewState, 'hidden' | 'hiddenKinds' | 'hiddenRelations'>) {
  const hidden = new Set(state.hidden);
  const kinds = new Set(state.hiddenKinds);
  const types = new Set(state.hiddenRelations);
  const nodes = new Set(
    [...data.nodes.values()].filter((n) => !hidden.has(n.id) && !kinds.has(n.kind)).map((n) => n.id),
  );
  const facts = new Set(
    [...data.facts.values()]
      .filter((f) => !types.has(f.type) && nodes.has(f.from.id) && nodes.has(f.to.id))
      .map((f) => f.id),
  );
  return { nodes, facts } satisfies Visibility;
}

/** The visible part as the exporters' Subgraph (the same shape /export serves). */
export function visibleSubgraph(data: GraphData, shown: Visibility): Subgraph {
  const nodes: ViewNode[] = [...data.nodes.values()]
    .filter((node) => shown.nodes.has(node.id))
    .map(({ id, name, kind, roles, aliases }) => ({ id, name, kind, roles, aliases }));
  const edges: ViewEdge[] = [...data.facts.values()].filter((fact) => shown.facts.has(fact.id)).map(toViewEdge);
  return { nodes, edges, truncated: data.truncated };
}

export function toViewEdge(fact: Fact): ViewEdge {
  return {
    id: fact.id,
    source: fact.from.id,
    target: fact.to.id,
    type: fact.type,
    label: fact.label,
    symmetric: fact.symmetric,
    confidence: fact.confidence,
    sourceCount: fact.sourceCount,
    status: fact.status,
    properties: statedFactProperties(fact),
  };
}

/** Counts per kind and per relation type over everything gathered (for the legend). */
export function counts(data: GraphData): { kinds: Map<string, number>; relations: Map<string, number> } {
  const kinds = new Map<string, number>();
  const relations = new Map<string, number>();
  for (const node of data.nodes.values()) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
  for (const fact of data.facts.values()) relations.set(fact.type, (relations.get(fact.type) ?? 0) + 1);
  return { kinds, relations };
}
