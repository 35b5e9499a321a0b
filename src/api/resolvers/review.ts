/**
 * Review mutations: an editor's judgements on facts and on fuzzy resolutions, under the editor's API key name.
 */
import { changeAuthor } from '../author';
import type { Context } from '../context';
import { reviewFact, undoReview, type ReviewFactInput } from '../../graph/review/review-fact';
import { confirmResolution } from '../../graph/review/review-resolution';
import { readReviewStats } from '../../graph/read/review-stats';
import { rejectResolution } from '../../ingest/reject-resolution';

/** ReviewResolutionInput of schema.graphql. */
interface ReviewResolutionInput {
  documentId: string;
  entityId: string;
  verdict: 'CONFIRM' | 'SPLIT';
  note?: string | null;
}

export const reviewQueries = {
  reviewStats: (_: unknown, __: unknown, { graph }: Context) => readReviewStats(graph),
};

export const reviewMutations = {
  reviewFact: (_: unknown, { input }: { input: ReviewFactInput }, { graph, caller }: Context) =>
    reviewFact(graph, input, changeAuthor(caller)),
  undoReview: (_: unknown, { judgementId }: { judgementId: string }, { graph, caller }: Context) =>
    undoReview(graph, judgementId, changeAuthor(caller)),
  // SPLIT is rejectResolution (the document written again with the names kept apart); CONFIRM records the merge as right.
  reviewResolution: async (
    _: unknown,
    { input }: { input: ReviewResolutionInput },
    { graph, ingest, caller }: Context,
  ) => {
    const about = { verdict: input.verdict, documentId: input.documentId, entityId: input.entityId };
    if (input.verdict === 'SPLIT') {
      return {
        ...about,
        confirmedMentions: 0,
        ingest: await rejectResolution(ingest, input.documentId, input.entityId, changeAuthor(caller)),
      };
    }
    return { ...about, ...(await confirmResolution(graph, input, changeAuthor(caller))), ingest: null };
  },
};
