/**
 * The shapes read statements return, turned into API objects: facts with
 * their endpoints and evidence (pages and cursors: paging.ts).
 */
import { readFactProperties, relations, tenureRelations, type FactFields, type RelationType } from '../../model';
import { int } from '../integer';
import type { KeyedList } from './paging';

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
  roles: string[];
}

export interface EvidenceItem {
  /** The evidence node's id: its key in the fact's evidence connection (not in the schema). */
  id: string;
  quote: string;
  start: number;
  end: number;
  extractor: string;
  rule: string;
  confidence: number;
  sentence: { index: number; text: string; start: number; end: number };
  document: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    language: string | null;
  };
}

/**
 * What a statement fetches of each fact's evidence (in evidence-id order): up to limit quotes
 * (0: none) whose id follows after, and how many quotes the fact has when withTotal.
 * Fact.evidence pages what was fetched.
 */
export interface EvidenceRequest {
  limit: number;
  after: string | null;
  withTotal: boolean;
}

export const noEvidence: EvidenceRequest = { limit: 0, after: null, withTotal: false };

/**
 * The asOf parameters every read that lists facts takes: the day (YYYY-MM-DD, null: any time) and
 * the relation types whose facts hold over a span (the others are kept by their own date). The
 * statements test them with one predicate shape beside r.reviewHidden IS NULL (see
 * cypher/read/holders.cypher; test/unit/graph/as-of-reads.test.ts keeps the copies identical).
 */
export const asOfParams = (asOf: string | null | undefined) => ({
  asOf: asOf ?? null,
  tenureTypes: tenureRelations,
});

/** A fact's evidence as a keyed list: by evidence id. */
export const evidenceList: KeyedList = { name: 'evidence', shape: ['string'] };

/** The evidence parameters every statement that returns facts takes. */
export const evidenceParams = (evidence: EvidenceRequest) => ({
  evidenceLimit: int(evidence.limit),
  evidenceAfter: evidence.after,
  evidenceTotal: evidence.withTotal,
});

/** A fact as the API gives it: the fields the viewer shares (src/model/fact-shape.ts), and the server's own. */
export interface Fact extends FactFields {
  from: EntityRef;
  to: EntityRef;
  firstSeen: string | null;
  lastSeen: string | null;
  extractors: string[];
  evidence: EvidenceItem[];
  /** How many quotes the fact has (null when not counted). */
  evidenceTotal: number | null;
  /** Its review: UNREVIEWED until an editor judged it (src/graph/review/), and who judged it when. */
  reviewState: ReviewState;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Whether validTo was inferred (a later document named another holder of the office) rather than stated. */
  validToInferred: boolean;
  /** The document whose new holder ended it (Fact.endedBy resolves it), when validTo was inferred. */
  endedById: string | null;
}

export type ReviewState = 'UNREVIEWED' | 'ACCEPTED' | 'REJECTED' | 'EDITED';

/**
 * Which facts a read keeps (the reviewed argument): INCLUDE every fact not rejected, ONLY those an
 * editor accepted or corrected (ACCEPTED, EDITED), for a consumer that trusts no unreviewed extraction.
 */
export const reviewedFilters = ['ONLY', 'INCLUDE'] as const;
export type ReviewedFilter = (typeof reviewedFilters)[number];

/** The statements' reviewed parameter: true keeps only ACCEPTED and EDITED facts (the predicate beside reviewHidden). */
export const reviewedOnly = (reviewed: ReviewedFilter | null | undefined): boolean => reviewed === 'ONLY';

/** A fact relationship's properties as stored: its bookkeeping, then the relation's own properties. */
export interface StoredFactProps {
  factId: string;
  status?: string;
  confidence?: number;
  sourceCount?: number;
  firstSeen?: string;
  lastSeen?: string;
  extractors?: string[];
  reviewState?: Exclude<ReviewState, 'UNREVIEWED'>;
  reviewedBy?: string;
  reviewedAt?: string;
  /** An inferred end and the document that implied it (cypher/ingest/write-article-graph.cypher). */
  endedAt?: string;
  endedBy?: string;
  [property: string]: unknown;
}

/** A fact row as the statements return it: {type, props, from, to, evidence}. */
export interface FactRow {
  type: RelationType;
  props: StoredFactProps;
  from: EntityRef;
  to: EntityRef;
  evidence?: EvidenceItem[];
  evidenceTotal?: number | null;
}

const optional = <T>(value: unknown) => (value ?? null) as T | null;

export function toFact(row: FactRow): Fact {
  const spec = relations[row.type];
  const p = row.props;
  return {
    id: p.factId,
    type: row.type,
    label: spec.label,
    symmetric: spec.symmetric,
    from: row.from,
    to: row.to,
    status: p.status ?? 'stated',
    confidence: Number(p.confidence ?? 0),
    sourceCount: Number(p.sourceCount ?? 0),
    firstSeen: optional(p.firstSeen),
    lastSeen: optional(p.lastSeen),
    ...readFactProperties(p),
    // A stated end wins over an inferred one; the inferred one stays underneath until its document goes.
    validTo: optional<string>(p.validTo) ?? optional<string>(p.endedAt),
    validToInferred: p.validTo == null && p.endedAt != null,
    endedById: p.validTo == null ? optional(p.endedBy) : null,
    extractors: p.extractors ?? [],
    evidence: row.evidence ?? [],
    evidenceTotal: row.evidenceTotal == null ? null : Number(row.evidenceTotal),
    reviewState: p.reviewState ?? 'UNREVIEWED',
    reviewedBy: optional(p.reviewedBy),
    reviewedAt: optional(p.reviewedAt),
  };
}
