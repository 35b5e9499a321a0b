/**
 * Resolvers are thin: arguments in, one src/graph or src/ingest function, result out.
 * One file per area, listed here.
 */
import type { Context } from '../context';
import { scalars } from '../scalars';
import { databaseInfo } from '../../graph/database-info';
import { changeQueries, withHistory } from './changes';
import { connectionQueries } from './connections';
import { curationMutations } from './curation';
import { documentMutations } from './documents';
import { entityQueries } from './entities';
import { factEndedBy, holderQueries } from './holders';
import { investmentQueries } from './investments';
import { reviewMutations, reviewQueries } from './review';
import { reviewQueueQueries } from './review-queue';
import { searchQueries } from './search';
import { typeResolvers } from './types';
import { viewQueries } from './views';
import { watchMutations, watchQueries, watchSubscriptions, watchTypes } from './watches';

const withHistoryTypes = withHistory(typeResolvers);

export const resolvers = {
  ...scalars,
  // Entity and Fact history (the audit log) join the type resolvers, and Fact.endedBy (time).
  ...withHistoryTypes,
  Fact: { ...withHistoryTypes.Fact, endedBy: factEndedBy },
  // Watch.deliveries
  ...watchTypes,
  Query: {
    // entity, entities
    ...entityQueries,
    // search
    ...searchQueries,
    // investments
    ...investmentQueries,
    // connections, commonConnections, timeline
    ...connectionQueries,
    // holders
    ...holderQueries,
    // graphView
    ...viewQueries,
    // reviewStats
    ...reviewQueries,
    ...reviewQueueQueries,
    databaseInfo: (_: unknown, __: unknown, { graph }: Context) => databaseInfo(graph),
    // changes (the audit log)
    ...changeQueries,
    // watches
    ...watchQueries,
  },
  Mutation: {
    // ingestDocument, deleteDocument
    ...documentMutations,
    // upsertEntity, addFact, retractFact, mergeEntities, unmergeEntities
    ...curationMutations,
    // reviewFact, undoReview
    ...reviewMutations,
    // createWatch, deleteWatch
    ...watchMutations,
  },
  Subscription: {
    // factEvents (over graphql-ws, src/http/subscriptions.ts)
    ...watchSubscriptions,
  },
};
