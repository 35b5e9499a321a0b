/**
 * The registry of Cypher statements: every file cypher/NAME.cypher (but the schema migrations in
 * cypher/schema/, which migrations.ts reads as files) has one entry here, declaring the parameters
 * it takes and the row it returns. Graph.read/write and Transaction.run take a name from this
 * registry, so a caller passes the declared parameters and gets typed rows without casts. A row
 * type is what the statement's RETURN clause gives (the driver runs with disableLosslessIntegers,
 * so counts are numbers); it is trusted, not checked at run time: change it with the statement.
 * test/unit/graph/statements.test.ts keeps the registry and the files one to one, and
 * statement-signatures.test.ts each entry's parameter and column names equal to the file's
 * $parameters and final RETURN columns.
 *
 * Only types are declared: the entries' values are empty, the registry's keys are the names.
 */
import type { EntityKind, RelationType, Role } from '../model';
import type {
  DocumentRow,
  EntityRow as PlannedEntity,
  EvidenceRow,
  FactRow as PlannedFact,
  MentionRow,
  OfficeHolderRow,
  WritePlan,
} from '../ingest/plan';
import type { EntityLists, FactMove, RemovedFact } from './curation/merge-record';
import type { Integer } from './integer';
import type { Key } from './read/paging';
import type {
  asOfParams,
  evidenceParams,
  EntityRef,
  EvidenceItem,
  FactRow,
  ReviewState,
  StoredFactProps,
} from './read/shapes';

/** The parameters of a statement that takes none. */
export type NoParams = Record<string, never>;

/** A statement's declaration (types only). */
export interface Statement<P extends object, R> {
  readonly params?: P;
  readonly row?: R;
}

/** Declares a statement taking P and returning rows R (never: it returns no rows). */
const statement = <P extends object = NoParams, R = never>(): Statement<P, R> => ({});

// Shapes several statements share.

/** The evidence parameters every statement that returns facts takes (evidenceParams builds them). */
export type EvidenceParams = ReturnType<typeof evidenceParams>;

/** The asOf parameters of the reads that list facts (asOfParams builds them). */
export type AsOfParams = ReturnType<typeof asOfParams>;

/** An entity's lists in cypher/read/entities.cypher: <list>Limit (0: not selected), <list>After, <list>Total. */
export type EntityListName = 'facts' | 'documents' | 'investors' | 'portfolio';
/** The entity's lists of facts (reviewed applies to them). */
export type FactListName = Exclude<EntityListName, 'documents'>;
export type EntityListParams = { [L in EntityListName as `${L}Limit`]: Integer } & {
  /** A key of one value is passed as that value. */
  [L in EntityListName as `${L}After`]: Key | Key[number] | null;
} & { [L in EntityListName as `${L}Total`]: boolean } & {
  /** Each fact list keeps only ACCEPTED and EDITED facts when true (its reviewed: ONLY). */
  [L in FactListName as `${L}ReviewedOnly`]: boolean;
} & { factTypes: readonly RelationType[] } & EvidenceParams &
  AsOfParams;

export interface DocumentRef {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
}

/** An entity of read/entities with the lists the request selected (each fact tagged with its list). */
export interface EntityRow extends EntityRef {
  aliases: string[];
  factsTotal: number | null;
  documentsTotal: number | null;
  investorsTotal: number | null;
  portfolioTotal: number | null;
  documents: DocumentRef[];
  facts: (FactRow & { slot: 'facts' | 'investors' | 'portfolio' })[];
}

export interface GraphViewNode extends EntityRef {
  aliases: string[];
}

/** A judgement that names with these folded keys, in one content, are not this entity. */
export interface RejectedResolution {
  entityId: string;
  keys: string[];
}

/** A resolution judgement as recorded (cypher/ingest/record-resolution-judgement.cypher). */
export interface Judgement {
  id: string;
  contentHash: string;
  documentId: string;
  entityId: string;
  keys: string[];
}

export interface DocumentSource {
  document: {
    id: string;
    text: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    language: string;
    contentHash: string;
  };
  rejected: RejectedResolution[];
  /** Folded keys of the document's mentions of the entity asked about. */
  keys: string[];
}

export interface CandidateQuery {
  localId: string;
  kind: string;
  /** The folded keys themselves, to tell exact matches. */
  keys: string[];
  /** The entities to read, in order: the full-text index's hits for its keys, then the ids of its own names. */
  ids: string[];
}

export interface Candidate {
  localId: string;
  id: string;
  name: string;
  keys: string[];
  context: string[];
}

/** An entity as a merge reads it: its lists as stored, and (the merged one) its labels. */
export interface StoredEntity extends EntityLists {
  id: string;
  kind: string;
  name: string;
  key: string;
  labels?: string[];
}

export interface StoredFact {
  type: RelationType;
  factId: string;
  fromId: string;
  toId: string;
  props: Record<string, unknown>;
}

/** What cypher/curation/unmerge-read.cypher finds of a merge judgement. */
export type MergeJudgementRow =
  | { found: false }
  | {
      found: true;
      undone: boolean;
      keepId: string;
      mergedId: string;
      /** The MergeSnapshot as JSON. */
      snapshot: string;
      keepFound: boolean;
      placeholderFound: boolean;
      idTaken: boolean;
      /** Later merges of the same entities not undone, latest first. */
      laterMerges: string[];
    };

export interface RetractedFact {
  id: string;
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  evidenceRemoved: number;
}

/** A review judgement on a fact (cypher/review/), as reviewFact and undoReview return it. */
export interface FactJudgementRow {
  id: string;
  factId: string;
  verdict: 'ACCEPT' | 'REJECT' | 'EDIT';
  state: 'ACCEPTED' | 'REJECTED' | 'EDITED';
  reviewedBy: string;
  reviewedAt: string;
  note: string | null;
  correctedFactId: string | null;
  quotes: string[];
}

export interface DatabaseInfo {
  version: string;
  edition: string;
  migrations: string[];
}

export interface KeyCollision {
  entityId: string;
  name: string;
  kind: string;
  oldKey: string;
  names: string[];
  keys: string[];
}

/** An entity as the keys v2 migration reads it. */
export interface KeysEntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  key: string;
  aliases: string[];
  curatedAliases: string[] | null;
  /** [surface, stored key] of each of its mentions. */
  mentions: [string, string][];
  inMerge: boolean;
}

/** A change entry of the audit log as stored (before and after as JSON text). */
export interface ChangeRow {
  id: string;
  at: string;
  by: string;
  operation: string;
  entityIds: string[];
  factIds: string[];
  documentIds: string[];
  before: string | null;
  after: string | null;
}

/** A watch as stored (its secret stays in the database: only createWatch's answer shows it). */
export interface WatchRow {
  id: string;
  name: string;
  /** The API key name that made it: only that key sees, subscribes to or deletes it. */
  owner: string;
  entityIds: string[];
  /** null: every type. */
  relationTypes: RelationType[] | null;
  minConfidence: number;
  webhookUrl: string | null;
  createdAt: string;
}

/** A change entry a watch reads from the outbox, with the watched facts it touched. */
export interface DrainedChange {
  change: { id: string; seq: number; at: string; by: string; operation: string };
  facts: FactRow[];
  removedFactIds: string[];
}

/** One webhook delivery of a watch's delivery log. */
export interface DeliveryRow {
  id: string;
  changeId: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  statusCode: number | null;
  error: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** Where a sentence names an endpoint: offsets within the sentence text (UTF-16, end exclusive). */
export interface MentionSpan {
  surface: string;
  start: number;
  end: number;
}

/** A sentence stating the fact, with the spans of both endpoints' mentions in it (empty when it names one only by a pronoun or not at all). */
export interface ReviewSentence extends Pick<
  EvidenceItem,
  'quote' | 'extractor' | 'rule' | 'confidence' | 'sentence' | 'document'
> {
  fromSpans: MentionSpan[];
  toSpans: MentionSpan[];
}

/** An entity as export-gold writes it into a gold file (kind is the gold `type`). */
export interface GoldEntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[] | null;
  roles: string[] | null;
}

/** A fact export-gold writes as a gold relation: accepted, edited (or a correction), or unreviewed when asked. */
export interface GoldRelationRow {
  factId: string;
  type: RelationType;
  props: Record<string, unknown>;
  reviewState: 'ACCEPTED' | 'EDITED' | null;
  /** The first quote of the fact in the document (the original's, for a correction). */
  quote: string;
  from: GoldEntityRow;
  to: GoldEntityRow;
}

/** One document as cypher/export-gold/document.cypher reads it. */
export interface GoldDocumentRow {
  document: { id: string; title: string | null; url: string | null; language: string; text: string | null };
  /** Only for a document stored without its text: its sentences with their offsets, in order. */
  sentences: { text: string; start: number; end: number }[];
  /** The entities its sentences mention, in order of first mention. */
  entities: GoldEntityRow[];
  relations: GoldRelationRow[];
  /** How many facts the document states that nobody judged (exported only with includeUnreviewed). */
  unreviewed: number;
}

/** What the review queue lists: facts, and fuzzy resolutions of names in a document to an entity. */
export type ReviewItemKind = 'FACT' | 'RESOLUTION';

/** Which items the review queue lists (Query.reviewQueue's where, checked); all given conditions hold. */
export interface ReviewQueueFilter {
  states: readonly ReviewState[];
  types: readonly RelationType[] | null;
  minConfidence: number | null;
  maxConfidence: number | null;
  documentId: string | null;
  entityId: string | null;
  language: string | null;
  /** Facts, resolutions or both. */
  kinds: readonly ReviewItemKind[];
}

/** A fuzzy resolution as the review queue lists it: the names as written, resolved to the entity. */
export interface ResolutionReviewRow {
  document: EvidenceItem['document'];
  entity: EntityRef;
  entityName: string;
  /** The lowest match score of its fuzzy mentions. */
  score: number;
  /** All its fuzzy mentions confirmed (reviewResolution CONFIRM). */
  confirmed: boolean;
  mentions: number;
  writtenNames: string[];
  sentences: { sentence: EvidenceItem['sentence']; spans: MentionSpan[] }[];
}

export const statements = {
  // Schema bookkeeping and the database (cypher/*.cypher).
  'database-info': statement<NoParams, DatabaseInfo>(),
  'document-count': statement<NoParams, { documents: number }>(),
  'schema-constraint-names': statement<NoParams, { name: string }>(),
  'schema-index-names': statement<NoParams, { name: string }>(),
  'migration-lock/constraint': statement(),
  'migration-lock/take-write-lock': statement<NoParams, { id: string }>(),
  'migration-lock/claim': statement<
    { holder: string; leaseMs: Integer },
    { taken: boolean; holder: string; heldUntil: string }
  >(),
  'migration-lock/release': statement<{ holder: string }>(),
  'schema-migration-record': statement<{ name: string; checksum: string }>(),
  'schema-migrations': statement<
    NoParams,
    { name: string; checksum: string; appliedAt: unknown; objects: string[] | null }
  >(),
  'schema-repeatable-record': statement<{ name: string; checksum: string; objects: string[] }>(),

  // Reads behind the API (cypher/read/).
  'read/common-connections': statement<
    {
      ids: string[];
      types: readonly RelationType[];
      excludeKinds: readonly EntityKind[];
      first: Integer;
      reviewedOnly: boolean;
    } & EvidenceParams &
      AsOfParams,
    { entity: EntityRef; facts: FactRow[] }
  >(),
  'read/connections': statement<
    {
      from: string;
      to: string;
      maxHops: Integer;
      types: readonly RelationType[];
      excludeKinds: readonly EntityKind[];
      first: Integer;
      reviewedOnly: boolean;
    } & EvidenceParams &
      AsOfParams,
    { fromFound: boolean; toFound: boolean; paths: { length: number; hops: { forward: boolean; fact: FactRow }[] }[] }
  >(),
  'read/entities': statement<
    {
      ids: string[] | null;
      kinds: readonly EntityKind[] | null;
      roles: readonly Role[] | null;
      nameKey: string | null;
      within: string | null;
      interior: string[];
      containment: readonly RelationType[];
      /** The relations that anchor an entity to a place before containment is followed. */
      placeAnchors: readonly RelationType[];
      /** Bounds in ascending (name, id) terms. */
      lower: Key | null;
      upper: Key | null;
      scanDescending: boolean;
      limit: Integer;
      withTotal: boolean;
    } & EntityListParams,
    { page: EntityRow[]; totalCount: number | null }
  >(),
  'read/document-ref': statement<{ id: string }, DocumentRef>(),
  'read/entity-fields': statement<{ id: string }, EntityRef & { aliases: string[] }>(),
  'read/holders': statement<
    {
      of: string;
      types: readonly RelationType[];
      tenureTypes: readonly RelationType[];
      asOf: string | null;
      reviewedOnly: boolean;
      limit: Integer;
    } & EvidenceParams,
    { found: boolean; facts: FactRow[] }
  >(),
  'read/graph-view': statement<
    {
      ids: string[];
      depth: Integer;
      types: readonly RelationType[];
      kinds: readonly EntityKind[] | null;
      stopKinds: readonly EntityKind[];
      limit: Integer;
      factProperties: boolean;
      reviewedOnly: boolean;
    } & EvidenceParams &
      AsOfParams,
    {
      nodes: GraphViewNode[];
      /** Facts between the nodes, their endpoints by id. */
      edges: (Omit<FactRow, 'from' | 'to'> & { from: string; to: string })[];
      truncated: boolean;
    }
  >(),
  'read/investments': statement<
    {
      investor: string | null;
      target: string | null;
      place: string | null;
      interior: string[];
      placeDepth: Integer;
      containment: readonly RelationType[];
      after: Key[number] | null;
      first: Integer;
      withTotal: boolean;
      reviewedOnly: boolean;
    } & EvidenceParams &
      AsOfParams,
    { page: FactRow[]; totalCount: number | null }
  >(),
  'read/place': statement<{ id: string }, { kind: string; name: string }>(),
  'read/review-stats': statement<
    { factTypes: readonly RelationType[] },
    {
      facts: { type: RelationType; state: ReviewState; count: number }[];
      /** Fuzzy resolutions, per document and entity. */
      resolutions: { pending: number; confirmed: number };
    }
  >(),
  'read/review-queue': statement<
    {
      factTypes: readonly RelationType[];
      amountWeight: Integer;
      sentenceLimit: Integer;
      after: Key | null;
      limit: Integer;
    } & ReviewQueueFilter &
      EvidenceParams,
    {
      totalCount: number;
      items: (
        | {
            kind: 'FACT';
            fact: FactRow;
            impact: number;
            sentences: ReviewSentence[];
            resolution: null;
            newEvidenceSinceJudgement: boolean;
          }
        | {
            kind: 'RESOLUTION';
            fact: null;
            impact: number;
            sentences: [];
            resolution: ResolutionReviewRow;
            newEvidenceSinceJudgement: false;
          }
      )[];
    }
  >(),
  'read/search': statement<
    { query: string; fuzzyQuery: string | null; kinds: readonly EntityKind[] | null; candidates: Integer },
    { entity: EntityRef & { aliases: string[] }; score: number }
  >(),
  'read/timeline': statement<
    {
      id: string;
      types: readonly RelationType[];
      from: string | null;
      to: string | null;
      after: Key | null;
      before: Key | null;
      backward: boolean;
      limit: Integer;
      withTotal: boolean;
      reviewedOnly: boolean;
    } & EvidenceParams,
    {
      found: boolean;
      items: { date: string | null; sortDate: string; fact: FactRow }[];
      totalCount: number | null;
    }
  >(),

  // Ingest (cypher/ingest/): one article's write, or a group's, under the ingest lock.
  'ingest/apply-resolution-reviews': statement<{ documentIds: string[] }, { applied: number }>(),
  'ingest/create-documents': statement<{ documents: { document: DocumentRow; sentences: WritePlan['sentences'] }[] }>(),
  'ingest/create-evidence': statement<{ documents: { documentId: string; evidence: EvidenceRow[] }[] }>(),
  'ingest/create-mentions': statement<{ documents: { documentId: string; mentions: MentionRow[] }[] }>(),
  'ingest/document-by-hash': statement<
    { contentHash: string },
    { id: string | null; rejected: RejectedResolution[] }
  >(),
  'ingest/documents-by-hash': statement<
    { contentHashes: string[] },
    { contentHash: string; id: string | null; rejected: RejectedResolution[] }
  >(),
  'ingest/document-source': statement<{ documentId: string; entityId: string }, DocumentSource>(),
  'ingest/lock-release': statement(),
  'ingest/lock-take': statement<NoParams, { id: string }>(),
  'ingest/write-article-graph': statement<
    {
      entities: PlannedEntity[];
      facts: PlannedFact[];
      holders: OfficeHolderRow[];
      publishedAt: string | null;
      documentId: string;
    },
    {
      entities: { id: string; created: boolean }[];
      facts: { factId: string; created: boolean }[];
      endedFactIds: string[];
    }
  >(),
  'ingest/record-resolution-judgement': statement<Judgement>(),
  'ingest/fulltext-candidates': statement<{ queries: string[] }, { query: string; ids: string[] }>(),
  'ingest/resolution-candidates': statement<
    { entities: CandidateQuery[]; factTypes: readonly RelationType[] },
    Candidate
  >(),

  // Deleting a document (cypher/delete-document/).
  'delete-document/refresh-entities': statement<
    { entityIds: string[]; factTypes: readonly RelationType[] },
    { removedEntities: number }
  >(),
  'delete-document/reopen-ended': statement<{ id: string; types: readonly RelationType[] }, { factIds: string[] }>(),
  'delete-document/remove-document': statement<{ id: string }, { entityIds: string[] }>(),
  'delete-document/retract-facts': statement<
    { id: string },
    { retracted: number; removed: number; factIds: string[] }
  >(),

  // Curation (cypher/curation/).
  'curation/add-fact': statement<
    {
      fromId: string;
      toId: string;
      type: RelationType;
      factId: string;
      properties: Record<string, string | number>;
      status: string;
      note: string | null;
      seen: string;
    } & EvidenceParams,
    { fact: FactRow; newSource: boolean }
  >(),
  'curation/create-entity': statement<
    {
      id: string;
      kind: EntityKind;
      name: string;
      key: string;
      labels: string[];
      aliases: string[];
      aliasKeys: string[];
      curatedAliasKeys: string[];
      roles: readonly Role[];
    },
    { entity: EntityRef }
  >(),
  'curation/entity-state': statement<{ id: string }, { entity: EntityRef | null; mergedInto: string | null }>(),
  'curation/fact-endpoints': statement<
    { fromId: string; toId: string },
    { from: EntityRef | null; to: EntityRef | null }
  >(),
  'curation/merge-absorb': statement<
    { mergeId: string; keepId: string; mergedId: string; keep: EntityLists; labels: string[]; snapshot: string },
    { keep: EntityRef }
  >(),
  'curation/merge-move-facts': statement<
    { mergeId: string; moves: Omit<FactMove, 'evidenceIds'>[] },
    { factId: string; combined: boolean; evidenceIds: string[] }
  >(),
  'curation/merge-move-judgements': statement<
    { mergeId: string; moves: Omit<FactMove, 'evidenceIds'>[] },
    { moved: number }
  >(),
  'curation/merge-move-mentions': statement<{ mergeId: string; keepId: string; mergedId: string }, { moved: number }>(),
  'curation/merge-read': statement<
    { keepId: string; mergedId: string; factTypes: readonly RelationType[] },
    { keep: StoredEntity | null; merged: StoredEntity | null; facts: StoredFact[] }
  >(),
  'curation/merge-record': statement<
    { mergeId: string; keepId: string; mergedId: string; entityIds: string[] },
    { at: string }
  >(),
  'curation/merge-remove-facts': statement<{ mergeId: string; removed: RemovedFact[] }, { removed: number }>(),
  'curation/retract-fact': statement<{ id: string }, { retracted: RetractedFact }>(),
  'curation/unmerge-finish': statement<{ mergeId: string }, { undoneAt: string }>(),
  'curation/unmerge-read': statement<{ mergeId: string }, MergeJudgementRow>(),
  'curation/unmerge-restore-combined': statement<{ mergeId: string; moves: FactMove[] }, { restored: number }>(),
  'curation/unmerge-restore-entities': statement<
    { mergeId: string; keepId: string; mergedId: string; labels: string[]; keep: EntityLists },
    { merged: EntityRef }
  >(),
  'curation/unmerge-restore-evidence': statement<{ moves: FactMove[] }, { restored: number }>(),
  'curation/unmerge-restore-judgements': statement<{ mergeId: string; moves: FactMove[] }, { restored: number }>(),
  'curation/unmerge-restore-mentions': statement<
    { mergeId: string; keepId: string; mergedId: string },
    { restored: number }
  >(),
  'curation/unmerge-restore-moved': statement<{ moves: FactMove[] }, { restored: number }>(),
  'curation/unmerge-restore-removed': statement<{ mergeId: string; removed: RemovedFact[] }, { restored: number }>(),
  'curation/update-entity': statement<
    {
      id: string;
      name: string;
      key: string;
      aliases: string[] | null;
      aliasKeys: string[] | null;
      roles: readonly Role[] | null;
    },
    { entity: EntityRef }
  >(),

  // Reviewing facts (cypher/review/, src/graph/review/).
  'review/add-correction': statement<
    {
      fromId: string;
      toId: string;
      type: RelationType;
      factId: string;
      properties: Record<string, string | number>;
      status: string;
      seen: string;
      extractor: string;
      originalId: string;
      by: string;
      at: string;
      note: string | null;
    } & EvidenceParams,
    { fact: FactRow }
  >(),
  'review/confirm-resolution': statement<
    { documentId: string; entityId: string; judgementId: string; by: string; at: string; note: string | null },
    { confirmed: number }
  >(),
  'review/edit-in-place': statement<
    {
      fromId: string;
      toId: string;
      type: RelationType;
      factId: string;
      judgementId: string;
      properties: Record<string, string | number>;
      status: string;
      extractor: string;
    },
    { edited: number }
  >(),
  'review/lock-fact': statement<
    { factId: string },
    { type: RelationType; fromId: string; toId: string; props: StoredFactProps }
  >(),
  'review/record-judgement': statement<
    {
      factId: string;
      type: RelationType;
      fromId: string;
      toId: string;
      judgementId: string;
      verdict: FactJudgementRow['verdict'];
      state: FactJudgementRow['state'];
      by: string;
      at: string;
      note: string | null;
      correctedFactId: string | null;
    } & EvidenceParams,
    { judgement: FactJudgementRow; fact: FactRow }
  >(),
  'review/undo-judgement': statement<
    { judgementId: string } & EvidenceParams,
    { judgement: FactJudgementRow | null; fact: FactRow | null }
  >(),
  'review/resolution-read': statement<
    { documentId: string; entityId: string },
    { found: boolean; mentions: number; fuzzy: number }
  >(),
  'review/undo-correction': statement<{ correctedFactId: string }, { removed: number }>(),
  'review/undo-read': statement<
    { judgementId: string },
    { factId: string; current: boolean; correctedFactId: string | null }
  >(),

  // Reviewed documents as evaluation data (cypher/export-gold/, src/graph/export-gold.ts).
  'export-gold/documents': statement<
    { documentIds: string[] | null; language: string | null },
    { id: string; title: string | null; language: string; judged: boolean; unreviewed: number }
  >(),
  'export-gold/document': statement<{ documentId: string; includeUnreviewed: boolean }, GoldDocumentRow>(),

  // The keys v2 migration's data step (cypher/migration/, entity-keys-migration.ts).
  'migration/entity-ids': statement<NoParams, { id: string }>(),
  'migration/entity-keys-entities': statement<{ ids: string[] }, KeysEntityRow>(),
  'migration/entity-keys-facts': statement<
    { ids: string[]; factTypes: readonly RelationType[] },
    { rel: string; type: RelationType; factId: string; fromId: string; toId: string; props: Record<string, unknown> }
  >(),
  'migration/entity-keys-judgements': statement<NoParams, { id: string; keys: string[]; surfaces: string[] }>(),
  'migration/entity-keys-record-collision': statement<{ collisions: KeyCollision[] }>(),
  'migration/entity-keys-set-entities': statement<{
    entities: {
      id: string;
      newId: string;
      key: string;
      aliasKeys: string[];
      curatedAliasKeys: string[];
      mentionKeys: Record<string, string>;
    }[];
  }>(),
  'migration/entity-keys-set-facts': statement<{
    facts: {
      rel: string;
      type: RelationType;
      oldFactId: string;
      factId: string;
      fromId: string;
      toId: string;
      reverse: boolean;
    }[];
  }>(),
  'migration/entity-keys-set-judgements': statement<{ judgements: { id: string; keys: string[] }[] }>(),

  // The audit log (cypher/audit/, src/graph/audit/).
  'audit/record-changes': statement<{ entries: ChangeRow[] }, { id: string }>(),
  'audit/changes': statement<
    {
      since: string | null;
      by: string | null;
      entityId: string | null;
      factId: string | null;
      operations: readonly string[] | null;
      after: Key | null;
      limit: Integer;
    },
    { change: ChangeRow }
  >(),

  // Watchlists (cypher/watch/, src/graph/watch/): the audit log is their outbox.
  'watch/create-watch': statement<WatchRow & { secret: string }, { watch: WatchRow }>(),
  'watch/missing-entities': statement<{ ids: string[] }, { missing: string[] }>(),
  'watch/watches': statement<{ owner: string; id: string | null }, { watch: WatchRow }>(),
  'watch/delete-watch': statement<{ id: string; owner: string }, { watch: WatchRow }>(),
  'watch/behind': statement<NoParams, { id: string }>(),
  'watch/drain-lock': statement<{ id: string; now: string }, { watch: WatchRow }>(),
  'watch/drain-read': statement<{ id: string; limit: Integer } & EvidenceParams, DrainedChange>(),
  'watch/drain-record': statement<
    {
      id: string;
      cursor: Integer;
      now: string;
      events: { id: string; changeId: string; seq: Integer; payload: string }[];
    },
    { queued: number }
  >(),
  'watch/claim-lock': statement<{ now: string; limit: Integer }, { id: string }>(),
  'watch/claim-deliveries': statement<
    { ids: string[]; now: string; leaseUntil: string },
    { id: string; payload: string; attempts: number; webhookUrl: string; secret: string }
  >(),
  'watch/next-due': statement<NoParams, { nextAttemptAt: string | null }>(),
  'watch/record-attempt': statement<
    {
      id: string;
      at: string;
      statusCode: Integer | null;
      error: string | null;
      status: DeliveryRow['status'];
      nextAttemptAt: string | null;
      deliveredAt: string | null;
    },
    { attempts: number }
  >(),
  'watch/deliveries': statement<{ id: string; limit: Integer }, { delivery: DeliveryRow }>(),

  // The bench's generated graph (cypher/bench/, bench/generate/load.ts builds the rows).
  'bench/create-documents': statement<{ documents: object[] }>(),
  'bench/create-entities': statement<{ entities: object[]; createdBy: string }, { id: string; node: string }>(),
  'bench/create-facts': statement<{ facts: object[] }>(),
} satisfies Record<string, Statement<object, unknown>>;

export type StatementName = keyof typeof statements;

/** The parameters statement N takes. */
export type ParamsOf<N extends StatementName> = NonNullable<(typeof statements)[N]['params']>;

/** A row statement N returns. */
export type RowOf<N extends StatementName> = NonNullable<(typeof statements)[N]['row']>;

/** The parameter argument of N: optional when N takes none. */
export type ParamsArg<N extends StatementName> =
  NoParams extends ParamsOf<N> ? [params?: ParamsOf<N>] : [params: ParamsOf<N>];
