/**
 * The review queue (Query.reviewQueue): the facts an editor should judge, and the names ingest
 * resolved to a known entity fuzzily (confirm or split with reviewResolution), most helpful first —
 * lowest confidence, then highest impact (facts on well-connected entities, investments with an
 * amount), then fact id — each with the sentences that state it and where in each sentence its two
 * endpoints are named. A Relay connection with keyset cursors on (confidence, impact, fact id).
 */
import { relationTypes } from '../../model';
import type { Graph } from '../driver';
import { int } from '../integer';
import { fetchSize, pageKeys, toPage, type KeyedList, type Page, type PageWindow } from './paging';
import { evidenceParams, toFact, type EvidenceRequest, type Fact } from './shapes';
import type { ResolutionReviewRow, ReviewItemKind, ReviewQueueFilter, ReviewSentence } from '../statements';

export type { ReviewQueueFilter };

/** A fact (resolution null) or a fuzzy resolution (fact null, no sentences: they are the resolution's). */
export interface ReviewItem {
  kind: ReviewItemKind;
  fact: Fact | null;
  resolution: ResolutionReviewRow | null;
  impact: number;
  sentences: ReviewSentence[];
  /** A REJECTED fact stated since by a sentence its judgement did not cover (listed again). */
  newEvidenceSinceJudgement: boolean;
}

/** A resolution's place in the queue's order beside fact ids (and its key in cursors). */
const resolutionId = (resolution: ResolutionReviewRow) =>
  `resolution:${resolution.document.id}:${resolution.entity.id}`;

export const reviewQueueList: KeyedList = { name: 'reviewQueue', shape: ['number', 'number', 'string'] };

/** What an investment with a stated amount adds to its impact: as much as ten more facts on its endpoints. */
const amountWeight = 10;
/** The most sentences an item carries (a fact stated by many articles is judged on a few). */
const sentenceLimit = 10;

export async function readReviewQueue(
  graph: Graph,
  where: ReviewQueueFilter,
  window: PageWindow,
  evidence: EvidenceRequest,
): Promise<Page<ReviewItem>> {
  const { after } = pageKeys(window, reviewQueueList);
  const [row] = await graph.read('read/review-queue', {
    factTypes: relationTypes,
    states: where.states,
    types: where.types,
    minConfidence: where.minConfidence,
    maxConfidence: where.maxConfidence,
    documentId: where.documentId,
    entityId: where.entityId,
    language: where.language,
    amountWeight: int(amountWeight),
    sentenceLimit: int(sentenceLimit),
    after,
    limit: int(fetchSize(window)),
    kinds: where.kinds,
    ...evidenceParams(evidence),
  });
  const items: ReviewItem[] = row!.items.map((item) =>
    item.kind === 'FACT'
      ? {
          kind: item.kind,
          fact: toFact(item.fact),
          resolution: null,
          impact: item.impact,
          sentences: item.sentences,
          newEvidenceSinceJudgement: item.newEvidenceSinceJudgement,
        }
      : {
          kind: item.kind,
          fact: null,
          resolution: item.resolution,
          impact: item.impact,
          sentences: [],
          newEvidenceSinceJudgement: false,
        },
  );
  // The order's key: a fact's confidence and id, a resolution's score and its id.
  return toPage(
    items,
    window,
    reviewQueueList,
    (item) =>
      item.fact
        ? [item.fact.confidence, item.impact, item.fact.id]
        : [item.resolution!.score, item.impact, resolutionId(item.resolution!)],
    row!.totalCount,
  );
}
