/**
 * Writes one article in one transaction: document and sentences, entities,
 * mentions, facts, evidence. Either all of it lands or none.
 *
 * Resolution against the graph happens inside that transaction, under the
 * ingest lock: two articles written at once are resolved and written one after
 * the other, each seeing what the other wrote, so concurrent ingests give the
 * graph sequential ones give (a new name in one is matched against the new
 * entity of the other, fuzzily included).
 */
import type { WritePlan } from '../ingest/plan';
import { recordChange, systemAuthor, type ChangeEntry } from './audit/record-change';
import type { Graph, Transaction } from './driver';
import type { RejectedResolution, RowOf } from './statements';

export interface WriteOutcome {
  status: 'ingested' | 'unchanged';
  documentId: string;
  createdEntityIds: string[];
  mergedEntityIds: string[];
  createdFactIds: string[];
  corroboratedFactIds: string[];
  /** Earlier holders' facts of a single-holder office this document ended (an inferred validTo). */
  endedFactIds: string[];
}

export type { RejectedResolution };

export interface DocumentByHash {
  id?: string;
  rejected: RejectedResolution[];
}

export async function documentByHash(graph: Graph, contentHash: string): Promise<DocumentByHash> {
  return documentRow(await graph.read('ingest/document-by-hash', { contentHash }));
}

function documentRow([row]: RowOf<'ingest/document-by-hash'>[]): DocumentByHash {
  return { id: row?.id ?? undefined, rejected: row?.rejected ?? [] };
}

/** Resolves an article against the graph as the transaction sees it and plans its write. */
export type PlanInTransaction = (tx: Transaction, rejected: RejectedResolution[]) => Promise<WritePlan>;

/**
 * Runs work under the ingest lock (cypher/ingest/lock-take.cypher), inside the caller's
 * transaction: whatever the work reads, no other ingest writes until this transaction ends.
 */
export async function underIngestLock<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  await tx.run('ingest/lock-take');
  const result = await work();
  await tx.run('ingest/lock-release');
  return result;
}

/**
 * Writes the article with this content hash unless it is there already: under
 * the ingest lock, the recorded judgements for the content are read and `plan`
 * resolves and plans the article against the graph this transaction will write to.
 * The write is recorded in the audit log as made by `by` (an API key's name, or "system").
 */
export async function writeDocument(
  graph: Graph,
  contentHash: string,
  plan: PlanInTransaction,
  by = systemAuthor,
): Promise<WriteOutcome> {
  return graph.writeTransaction((tx) =>
    underIngestLock(tx, async () => {
      // Read again under the lock: the same content ingested at once is written by whoever locks first.
      const existing = documentRow(await tx.run('ingest/document-by-hash', { contentHash }));
      if (existing.id) return unchanged(existing.id);
      return writeAndRecord(tx, await plan(tx, existing.rejected), by);
    }),
  );
}

/** Writes a planned article and records its change entry (one per article), in the caller's transaction. */
export async function writeAndRecord(tx: Transaction, plan: WritePlan, by: string): Promise<WriteOutcome> {
  const outcome = await writePlan(tx, plan);
  await recordChange(tx, ingestChange(plan, outcome, by));
  return outcome;
}

/** An ingested article's change entry. */
export function ingestChange(plan: WritePlan, outcome: WriteOutcome, by: string): ChangeEntry {
  return {
    by,
    operation: 'INGEST_DOCUMENT',
    ...touched(outcome),
    after: { title: plan.document.title ?? null, ...outcomeCounts(outcome) },
  };
}

/** The ids an ingest touched, for its change entry. */
export function touched(outcome: WriteOutcome) {
  return {
    documentIds: [outcome.documentId],
    entityIds: [...outcome.createdEntityIds, ...outcome.mergedEntityIds],
    factIds: [...outcome.createdFactIds, ...outcome.corroboratedFactIds, ...outcome.endedFactIds],
  };
}

/** What an ingest did, compactly, for its change entry. */
export function outcomeCounts(outcome: WriteOutcome) {
  return {
    documentId: outcome.documentId,
    entitiesCreated: outcome.createdEntityIds.length,
    entitiesMerged: outcome.mergedEntityIds.length,
    factsCreated: outcome.createdFactIds.length,
    factsCorroborated: outcome.corroboratedFactIds.length,
    factsEnded: outcome.endedFactIds.length,
  };
}

/**
 * The statements of one article's ingest, inside a caller's transaction: its graph (writeArticleGraph), then its
 * document (writeDocuments). None takes its parameters from another's result, so all five are sent at once (Bolt
 * pipelining: one round trip); Neo4j still runs them in this order.
 */
export async function writePlan(tx: Transaction, plan: WritePlan): Promise<WriteOutcome> {
  const [outcome] = await Promise.all([writeArticleGraph(tx, plan), writeDocuments(tx, [plan])]);
  return outcome;
}

/**
 * What an article writes that a later article of its group reads (src/graph/ingest-group.ts), so written
 * article by article, in order, in one statement (cypher/ingest/write-article-graph.cypher): entities and facts
 * (resolution reads entities and, for context, their facts), the judgements recorded for those facts (a
 * judgement's edit can set the validTo that ending terms and the next merge of the fact read), and the earlier
 * holders' terms it ends (which depends on the order of the articles).
 */
export async function writeArticleGraph(tx: Transaction, plan: WritePlan): Promise<WriteOutcome> {
  const documentId = plan.document.id;
  // A new holder of a single-holder office ends the earlier holder's term (an undated article ends none).
  const publishedAt = plan.document.publishedAt;
  const [written] = await tx.run('ingest/write-article-graph', {
    entities: plan.entities,
    facts: plan.facts,
    holders: publishedAt ? plan.officeHolders : [],
    publishedAt,
    documentId,
  });
  const { entities, facts, endedFactIds } = written!;
  return {
    status: 'ingested',
    documentId,
    createdEntityIds: entities.filter((r) => r.created).map((r) => r.id),
    mergedEntityIds: entities.filter((r) => !r.created).map((r) => r.id),
    createdFactIds: facts.filter((r) => r.created).map((r) => r.factId),
    corroboratedFactIds: facts.filter((r) => !r.created).map((r) => r.factId),
    endedFactIds,
  };
}

/**
 * What no later article of a group reads (resolution reads no document, sentence, mention or evidence): the
 * documents with their sentences, mentions and evidence, and the fuzzy resolutions an editor confirmed in their
 * content, for one article or a whole group at once (one statement of each kind), after their entities were
 * merged (writeArticleGraph). Pipelined like writePlan.
 */
export async function writeDocuments(tx: Transaction, plans: readonly WritePlan[]): Promise<void> {
  if (plans.length === 0) return;
  await Promise.all([
    tx.run('ingest/create-documents', {
      documents: plans.map((p) => ({ document: p.document, sentences: p.sentences })),
    }),
    tx.run('ingest/create-mentions', {
      documents: plans.map((p) => ({ documentId: p.document.id, mentions: p.mentions })),
    }),
    tx.run('ingest/create-evidence', {
      documents: plans.map((p) => ({ documentId: p.document.id, evidence: p.evidence })),
    }),
    tx.run('ingest/apply-resolution-reviews', { documentIds: plans.map((p) => p.document.id) }),
  ]);
}

export function unchanged(documentId: string): WriteOutcome {
  return {
    status: 'unchanged',
    documentId,
    createdEntityIds: [],
    mergedEntityIds: [],
    createdFactIds: [],
    corroboratedFactIds: [],
    endedFactIds: [],
  };
}
