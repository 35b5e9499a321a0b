import type { GraphQLResolveInfo } from 'graphql';
import { readGraphView, type GraphViewRequest } from '../../graph/read/graph-view';
import { relationTypes, type EntityKind, type RelationType } from '../../model';
import { bounded, fullDate, inRange } from '../arguments';
import type { Context } from '../context';
import { path, rootTree } from '../lookahead';
import { evidenceRequest, factPropertiesSelected } from './entity-shape';
import { noEvidence, type EvidenceRequest, type ReviewedFilter } from '../../graph/read/shapes';

export interface GraphViewArgs {
  ids: string[];
  depth: number;
  relationTypes?: RelationType[] | null;
  kinds?: EntityKind[] | null;
  limit?: number | null;
  /** INCLUDE when not given (the /export routes' default). */
  reviewed?: ReviewedFilter | null;
  asOf?: string | null;
}

/** Checks graphView arguments (shared by GraphQL and the /export routes). */
export function graphViewRequest(
  args: GraphViewArgs,
  maxNodes: number,
  evidence: EvidenceRequest = noEvidence,
  factProperties = true,
): GraphViewRequest {
  const ids = [...new Set(args.ids)];
  bounded('Query.graphView(ids:)', 'ids (number of distinct ids)', ids.length);
  return {
    ids,
    depth: bounded('Query.graphView(depth:)', 'depth', args.depth),
    types: args.relationTypes?.length ? args.relationTypes : relationTypes,
    kinds: args.kinds ?? undefined,
    limit: inRange('limit', args.limit ?? Math.min(500, maxNodes), 1, maxNodes),
    evidence,
    factProperties,
    reviewed: args.reviewed ?? 'INCLUDE',
    asOf: args.asOf == null ? null : fullDate('asOf', args.asOf),
  };
}

export const viewQueries = {
  graphView: (_: unknown, args: GraphViewArgs, { graph, maxViewNodes }: Context, info: GraphQLResolveInfo) => {
    const edges = path(rootTree(info), 'edges');
    return readGraphView(
      graph,
      graphViewRequest(args, maxViewNodes, evidenceRequest(edges), factPropertiesSelected(edges)),
    );
  },
};
