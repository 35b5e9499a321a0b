/**
 * Time: Query.holders (who held a post of an entity, on a date) and Fact.endedBy (the document
 * whose new holder ended a fact). Both read the database: endedBy is asked for one fact at a time.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../errors';
import { readDocumentRef, readHolders } from '../../graph/read/holders';
import type { Fact, ReviewedFilter } from '../../graph/read/shapes';
import { postRelations, type RelationType } from '../../model';
import { fullDate } from '../arguments';
import type { Context } from '../context';
import { path, rootTree } from '../lookahead';
import { evidenceRequest } from './entity-shape';

interface HoldersArgs {
  of: string;
  types?: RelationType[] | null;
  asOf?: string | null;
  reviewed: ReviewedFilter;
}

export const holderQueries = {
  holders: async (_: unknown, args: HoldersArgs, { graph }: Context, info: GraphQLResolveInfo) => {
    const holders = await readHolders(graph, {
      of: args.of,
      types: args.types?.length ? args.types : postRelations,
      asOf: args.asOf == null ? null : fullDate('asOf', args.asOf),
      reviewed: args.reviewed,
      evidence: evidenceRequest(path(rootTree(info), 'fact')),
    });
    if (!holders) throw notFound('entity', args.of);
    return holders;
  },
};

export const factEndedBy = (fact: Fact, _: unknown, { graph }: Context) =>
  fact.endedById ? readDocumentRef(graph, fact.endedById) : null;
