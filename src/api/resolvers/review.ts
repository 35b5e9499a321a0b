/**
 * Review mutations: an editor's judgements on facts, made and undone under the editor's API key name.
 */
import type { Caller } from '../auth';
import type { Context } from '../context';
import { reviewFact, undoReview, type ReviewFactInput } from '../../graph/review/review-fact';

/** Who judged: the API key's name (writes always come with an editor key; the auth plugin refuses others). */
const reviewer = (caller: Caller) => (caller.kind === 'key' ? caller.name : 'anonymous');

export const reviewMutations = {
  reviewFact: (_: unknown, { input }: { input: ReviewFactInput }, { graph, caller }: Context) =>
    reviewFact(graph, input, reviewer(caller)),
  undoReview: (_: unknown, { judgementId }: { judgementId: string }, { graph }: Context) =>
    undoReview(graph, judgementId),
};
