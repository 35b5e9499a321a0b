import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../../errors';
import { readCommonConnections, readConnections } from '../../graph/read/connections';
import { readTimeline } from '../../graph/read/timeline';
import type { ReviewedFilter } from '../../graph/read/shapes';
import { relationTypes, type EntityKind, type RelationType } from '../../model';
import { bounded, fullDate, pageWindow, partialDate, type PageArgs } from '../arguments';
import type { Context } from '../context';
import { child, path, rootTree } from '../lookahead';
import { evidenceRequest } from './entity-shape';

interface ConnectionsArgs {
  from: string;
  to: string;
  maxHops: number;
  relationTypes?: RelationType[] | null;
  excludeKinds?: EntityKind[] | null;
  first: number;
  reviewed: ReviewedFilter;
  asOf?: string | null;
}

export const connectionQueries = {
  connections: (_: unknown, args: ConnectionsArgs, { graph }: Context, info: GraphQLResolveInfo) => {
    if (args.from === args.to) throw badInput('to', 'must differ from from');
    return readConnections(graph, {
      from: args.from,
      to: args.to,
      maxHops: bounded('Query.connections(maxHops:)', 'maxHops', args.maxHops),
      types: args.relationTypes?.length ? args.relationTypes : relationTypes,
      excludeKinds: args.excludeKinds ?? [],
      first: bounded('Query.connections(first:)', 'first', args.first),
      reviewed: args.reviewed,
      evidence: evidenceRequest(path(rootTree(info), 'hops', 'fact')),
      asOf: args.asOf == null ? null : fullDate('asOf', args.asOf),
    });
  },
  commonConnections: (
    _: unknown,
    args: {
      ids: string[];
      relationTypes?: RelationType[] | null;
      excludeKinds?: EntityKind[] | null;
      first: number;
      reviewed: ReviewedFilter;
      asOf?: string | null;
    },
    { graph }: Context,
    info: GraphQLResolveInfo,
  ) => {
    const ids = [...new Set(args.ids)];
    bounded('Query.commonConnections(ids:)', 'ids (number of distinct ids)', ids.length);
    return readCommonConnections(graph, {
      ids,
      types: args.relationTypes?.length ? args.relationTypes : relationTypes,
      excludeKinds: args.excludeKinds ?? [],
      first: bounded('Query.commonConnections(first:)', 'first', args.first),
      reviewed: args.reviewed,
      evidence: evidenceRequest(path(rootTree(info), 'facts')),
      asOf: args.asOf == null ? null : fullDate('asOf', args.asOf),
    });
  },
  timeline: (
    _: unknown,
    args: PageArgs & { id: string; from?: string | null; to?: string | null; reviewed: ReviewedFilter },
    { graph }: Context,
    info: GraphQLResolveInfo,
  ) => {
    const tree = rootTree(info);
    return readTimeline(graph, {
      id: args.id,
      from: args.from ? partialDate('from', args.from) : undefined,
      to: args.to ? partialDate('to', args.to) : undefined,
      window: pageWindow('Query.timeline', args, 100),
      withTotal: child(tree, 'totalCount') !== undefined,
      evidence: evidenceRequest(path(tree, 'edges', 'node', 'fact')),
      reviewed: args.reviewed,
    });
  },
};
