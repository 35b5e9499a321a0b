import type { EntityKind, RelationType } from '../../model';
import type { Graph } from '../driver';
import { int } from '../integer';
import type { GraphViewNode, ParamsOf } from '../statements';
import {
  asOfParams,
  evidenceParams,
  reviewedOnly,
  toFact,
  type EvidenceRequest,
  type Fact,
  type ReviewedFilter,
} from './shapes';

export interface GraphViewRequest {
  ids: string[];
  depth: number;
  types: RelationType[];
  kinds?: EntityKind[];
  limit: number;
  evidence: EvidenceRequest;
  /** False when only the facts' ids, types and endpoints are wanted: their other properties are not read. */
  factProperties: boolean;
  /** ONLY keeps the facts an editor accepted or corrected; INCLUDE (when not given) every fact not rejected. */
  reviewed?: ReviewedFilter;
  /** Only facts that held on this day (YYYY-MM-DD): see asOfParams. */
  asOf?: string | null;
}

export interface GraphView {
  nodes: GraphViewNode[];
  edges: Fact[];
  truncated: boolean;
}

/** Countries are drawn but not expanded: every official is "connected" through one. */
export const stopKinds: EntityKind[] = ['Country'];

/** The parameters of cypher/read/graph-view.cypher for a request. */
export const graphViewParams = (request: GraphViewRequest): ParamsOf<'read/graph-view'> => ({
  ids: request.ids,
  depth: int(request.depth),
  types: request.types,
  kinds: request.kinds?.length ? request.kinds : null,
  stopKinds,
  limit: int(request.limit),
  ...evidenceParams(request.evidence),
  ...asOfParams(request.asOf),
  factProperties: request.factProperties,
  reviewedOnly: reviewedOnly(request.reviewed),
});

export async function readGraphView(graph: Graph, request: GraphViewRequest): Promise<GraphView> {
  const [row] = await graph.read('read/graph-view', graphViewParams(request));
  const { nodes, edges } = row!;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const endpoint = (id: string) => {
    const { aliases: _, ...ref } = byId.get(id)!;
    return ref;
  };
  return {
    nodes,
    edges: edges.map((edge) => toFact({ ...edge, from: endpoint(edge.from), to: endpoint(edge.to) })),
    truncated: Boolean(row!.truncated),
  };
}
