/**
 * The GraphQL operations of the review page (review.ts): the queue of facts
 * waiting for a judgement, the review counts, a judgement and its undo. Pure,
 * like queries.ts: builders and answer shapes, no fetch.
 */
import { factPropertyNames, type FactProperties, type RelationType } from '../../src/model';
import type { EntityRef, Operation } from './queries';

export type ReviewState = 'UNREVIEWED' | 'ACCEPTED' | 'REJECTED' | 'EDITED';
export type ReviewVerdict = 'ACCEPT' | 'REJECT' | 'EDIT';

/** The review states in the order reviewStats lists them. */
export const reviewStates: readonly ReviewState[] = ['UNREVIEWED', 'ACCEPTED', 'REJECTED', 'EDITED'];

export interface MentionSpan {
  surface: string;
  start: number;
  end: number;
}

export interface ReviewSentence {
  quote: string;
  extractor: string;
  rule: string;
  confidence: number;
  sentence: { text: string };
  document: { id: string; title: string | null; url: string | null };
  fromSpans: MentionSpan[];
  toSpans: MentionSpan[];
}

export interface ReviewFact extends FactProperties {
  id: string;
  type: RelationType;
  label: string;
  status: string;
  confidence: number;
  reviewState: ReviewState;
  from: EntityRef;
  to: EntityRef;
}

export interface ReviewItem {
  fact: ReviewFact;
  sentences: ReviewSentence[];
}

export interface ReviewQueueAnswer {
  reviewQueue: {
    totalCount: number;
    edges: { node: ReviewItem }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface ReviewStatsAnswer {
  reviewStats: { total: number; states: { state: ReviewState; count: number }[] };
}

export interface ReviewResult {
  judgement: { id: string; state: ReviewState } | null;
  fact: ReviewFact | null;
  correction: ReviewFact | null;
}

/** The fields of a corrected fact (AddFactInput): type, both ends, its properties and status. */
export type FactEdit = { type: RelationType; from: string; to: string; status: string } & Partial<
  Record<(typeof factPropertyNames)[number], string | number>
>;

/** Items asked for per page. */
export const queuePage = 25;

const entityFields = 'id kind name roles';
const factFields =
  `id type label status confidence reviewState ${factPropertyNames.join(' ')} ` +
  `from { ${entityFields} } to { ${entityFields} }`;
const sentenceFields =
  'quote extractor rule confidence sentence { text } document { id title url } ' +
  'fromSpans { surface start end } toSpans { surface start end }';
const resultFields = `judgement { id state } fact { ${factFields} } correction { ${factFields} }`;

export function reviewQueueQuery(
  after: string | null,
  first = queuePage,
): Operation<{ first: number; after: string | null }> {
  return {
    query:
      'query ReviewerQueue($first: Int, $after: String) { reviewQueue(first: $first, after: $after, where: { kinds: [FACT] }) ' +
      `{ totalCount edges { node { fact { ${factFields} } sentences { ${sentenceFields} } } } pageInfo { hasNextPage endCursor } } }`,
    variables: { first, after },
  };
}

export function reviewStatsQuery(): Operation<Record<string, never>> {
  return { query: 'query ReviewerStats { reviewStats { total states { state count } } }', variables: {} };
}

export function reviewFactMutation(
  factId: string,
  verdict: ReviewVerdict,
  edit?: FactEdit,
): Operation<{ input: { factId: string; verdict: ReviewVerdict; edit?: FactEdit } }> {
  return {
    query: `mutation ReviewerJudge($input: ReviewFactInput!) { reviewFact(input: $input) { ${resultFields} } }`,
    variables: { input: { factId, verdict, ...(edit ? { edit } : {}) } },
  };
}

export function undoReviewMutation(judgementId: string): Operation<{ judgementId: string }> {
  return {
    query: `mutation ReviewerUndo($judgementId: ID!) { undoReview(judgementId: $judgementId) { ${resultFields} } }`,
    variables: { judgementId },
  };
}
