/**
 * Query.reviewQueue: the filter checked (confidences from 0 to 1, min at most max, a bounded
 * language), then src/graph/read/review-queue.ts reads the page.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../../errors';
import { readReviewQueue, type ReviewQueueFilter } from '../../graph/read/review-queue';
import type { ReviewState } from '../../graph/read/shapes';
import type { ReviewItemKind } from '../../graph/statements';
import { boundedText, inputLimits } from '../../input-limits';
import type { RelationType } from '../../model';
import { pageWindow, type PageArgs } from '../arguments';
import type { Context } from '../context';
import { path, rootTree } from '../lookahead';
import { evidenceRequest } from './entity-shape';

/** ReviewQueueFilter of schema.graphql, as given. */
interface ReviewQueueWhere {
  states?: ReviewState[] | null;
  types?: RelationType[] | null;
  minConfidence?: number | null;
  maxConfidence?: number | null;
  documentId?: string | null;
  entityId?: string | null;
  language?: string | null;
  kinds?: ReviewItemKind[] | null;
}

function confidence(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!(value >= 0 && value <= 1)) throw badInput(argument, `must be from 0 to 1, got ${value}`);
  return value;
}

export function reviewQueueFilter(where: ReviewQueueWhere): ReviewQueueFilter {
  const minConfidence = confidence('where.minConfidence', where.minConfidence);
  const maxConfidence = confidence('where.maxConfidence', where.maxConfidence);
  if (minConfidence !== null && maxConfidence !== null && minConfidence > maxConfidence)
    throw badInput(
      'where.minConfidence',
      `must be at most where.maxConfidence (${maxConfidence}), got ${minConfidence}`,
    );
  return {
    // Only what waits for a judgement unless asked: a rejected fact is listed only when REJECTED is.
    states: where.states?.length ? [...new Set(where.states)] : ['UNREVIEWED'],
    types: where.types?.length ? where.types : null,
    minConfidence,
    maxConfidence,
    documentId: where.documentId ?? null,
    entityId: where.entityId ?? null,
    language: where.language == null ? null : boundedText('where.language', where.language, inputLimits.filterText),
    kinds: where.kinds?.length ? [...new Set(where.kinds)] : ['FACT', 'RESOLUTION'],
  };
}

export const reviewQueueQueries = {
  reviewQueue: (
    _: unknown,
    args: PageArgs & { where?: ReviewQueueWhere | null },
    { graph }: Context,
    info: GraphQLResolveInfo,
  ) =>
    readReviewQueue(
      graph,
      reviewQueueFilter(args.where ?? {}),
      pageWindow('Query.reviewQueue', args, 20),
      evidenceRequest(path(rootTree(info), 'edges', 'node', 'fact')),
    ),
};
