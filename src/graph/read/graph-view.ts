import type { EntityKind, RelationType } from '../../model';
import { int, type Graph } from '../driver';
import { toFact, type Fact, type FactRow } from './shapes';

export interface GraphViewRequest {
  ids: string[];
  depth: number;
  types: RelationType[];
  kinds?: EntityKind[];
  limit: number;
  evidenceFirst: number;
}

export interface GraphViewNode {
  id: string;
  kind: string;
  name: string;
  roles: string[];
  aliases: string[];
}

export interface GraphView {
  nodes: GraphViewNode[];
  edges: Fact[];
  truncated: boolean;
}

/** Countries are drawn but not expanded: every official is "connected" through one. */
export const stopKinds: EntityKind[] = ['Country'];

export async function readGraphView(graph: Graph, request: GraphViewRequest): Promise<GraphView> {
  const [row] = await graph.read('read/graph-view', {
    ids: request.ids,
    depth: int(request.depth),
    types: request.types,
    kinds: request.kinds?.length ? request.kinds : null,
    stopKinds,
    limit: int(request.limit),
    evidenceFirst: int(request.evidenceFirst),
  });
  return {
    nodes: row!.nodes as GraphViewNode[],
    edges: (row!.edges as FactRow[]).map(toFact),
    truncated: Boolean(row!.truncated),
  };
}
