import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../../errors';
import { readInvestments } from '../../graph/read/investments';
import type { ReviewedFilter } from '../../graph/read/shapes';
import { fullDate, pageWindow } from '../arguments';
import type { Context } from '../context';
import { child, path, rootTree } from '../lookahead';
import { evidenceRequest } from './entity-shape';

interface InvestmentsArgs {
  where?: { investor?: string | null; target?: string | null; region?: string | null; country?: string | null } | null;
  first: number;
  after?: string | null;
  reviewed: ReviewedFilter;
  asOf?: string | null;
}

export const investmentQueries = {
  investments: (
    _: unknown,
    { where, first, after, reviewed, asOf }: InvestmentsArgs,
    { graph }: Context,
    info: GraphQLResolveInfo,
  ) => {
    if (where?.region && where?.country) throw badInput('where', 'give region or country, not both');
    const tree = rootTree(info);
    return readInvestments(
      graph,
      {
        investor: where?.investor ?? undefined,
        target: where?.target ?? undefined,
        place: where?.region
          ? { id: where.region, scope: 'region' }
          : where?.country
            ? { id: where.country, scope: 'country' }
            : undefined,
        asOf: asOf == null ? null : fullDate('asOf', asOf),
      },
      {
        window: pageWindow('Query.investments', { first, after }, 20),
        withTotal: child(tree, 'totalCount') !== undefined,
        evidence: evidenceRequest(path(tree, 'edges', 'node')),
        reviewed,
      },
    );
  },
};
