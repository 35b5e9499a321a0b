/**
 * The GraphQL operations of the review page (review.ts): the queue of facts
 * and fuzzy resolutions waiting for a judgement, the review counts, a fact's
 * judgement and its undo, a resolution's judgement. Pure,
 * like queries.ts: builders and answer shapes, no fetch.
 */
import { factPropertyNames, type FactProperties, type RelationType } from '../../src/model';
import type { EntityRef, Operation } from './queries';

export type ReviewState = 'UNREVIEWED' | 'ACCEPTED' | 'REJECTED' | 'EDITED';
export type ReviewVerdict = 'ACCEPT' | 'REJECT' | 'EDIT';
export type ReviewItemKind = 'FACT' | 'RESOLUTION';
export type ResolutionVerdict = 'CONFIRM' | 'SPLIT';

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

/** A sentence naming an entity fuzzily, with where (ResolutionSentence). */
export interface ResolutionSentence {
  sentence: { text: string };
  spans: MentionSpan[];
}

/** Names in a document resolved fuzzily to an entity already in the graph (ResolutionReviewItem). */
export interface ReviewResolution {
  document: { id: string; title: string | null; url: string | null };
  entity: EntityRef;
  entityName: string;
  writtenNames: string[];
  score: number;
  mentions: number;
  confirmed: boolean;
  sentences: ResolutionSentence[];
}

/** A queue item: a fact (fact set, resolution null) or a fuzzy resolution (the other way round). */
export type ReviewItem =
  | { kind: 'FACT'; fact: ReviewFact; resolution: null; sentences: ReviewSentence[] }
  | { kind: 'RESOLUTION'; fact: null; resolution: ReviewResolution; sentences: ReviewSentence[] };

export interface ReviewQueueAnswer {
  reviewQueue: {
    totalCount: number;
    edges: { node: ReviewItem }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export interface ReviewStatsAnswer {
  reviewStats: {
    total: number;
    states: { state: ReviewState; count: number }[];
    resolutions: { pending: number; confirmed: number };
  };
}

export interface ReviewResolutionResult {
  verdict: ResolutionVerdict;
  confirmedMentions: number;
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
const resolutionFields =
  `document { id title url } entity { ${entityFields} } entityName writtenNames score mentions confirmed ` +
  'sentences { sentence { text } spans { surface start end } }';
const resultFields = `judgement { id state } fact { ${factFields} } correction { ${factFields} }`;

export function reviewQueueQuery(
  after: string | null,
  first = queuePage,
): Operation<{ first: number; after: string | null }> {
  return {
    query:
      'query ReviewerQueue($first: Int, $after: String) { reviewQueue(first: $first, after: $after) { totalCount ' +
      `edges { node { kind fact { ${factFields} } resolution { ${resolutionFields} } sentences { ${sentenceFields} } } } ` +
      'pageInfo { hasNextPage endCursor } } }',
    variables: { first, after },
  };
}

export function reviewStatsQuery(): Operation<Record<string, never>> {
  return {
    query: 'query ReviewerStats { reviewStats { total states { state count } resolutions { pending confirmed } } }',
    variables: {},
  };
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

/** CONFIRM or SPLIT a fuzzy resolution (reviewResolution): no judgement id, as there is no undo for it. */
export function reviewResolutionMutation(
  documentId: string,
  entityId: string,
  verdict: ResolutionVerdict,
): Operation<{ input: { documentId: string; entityId: string; verdict: ResolutionVerdict } }> {
  return {
    query:
      'mutation ReviewerResolve($input: ReviewResolutionInput!) { reviewResolution(input: $input) { verdict confirmedMentions } }',
    variables: { input: { documentId, entityId, verdict } },
  };
}
