/**
 * Ingests one article: validate -> (already there? say so) -> extract -> in one
 * write transaction, under the ingest lock: resolve against the graph -> plan
 * -> write. Resolution sees the graph it writes to, so articles ingested at
 * once give the graph they give one after the other.
 */
import type { Graph, Transaction } from '../graph/driver';
import {
  documentByHash,
  unchanged,
  writeDocument,
  type RejectedResolution,
  type WriteOutcome,
} from '../graph/ingest-document';
import { systemAuthor } from '../graph/audit/record-change';
import { fullTextHits, resolutionCandidates, type FullTextHits } from '../graph/resolution-candidates';
import { extractArticle } from './extract-article';
import { foldKey } from '../model/fold';
import { matchKeys } from './match-keys';
import { contentHash, entityId } from '../model/ids';
import { validateArticle, type Article, type ArticleInput } from './input';
import { planWrite, type EntityRow, type WritePlan } from './plan';
import { articleContext, decide, lucenePerWordFuzzy, matchesPerWordFuzzy, type Resolution } from './resolve-graph';
import type { ExtractOptions, Extraction } from './types';

export interface IngestSettings {
  graph: Graph;
  maxBytes: number;
  /**
   * Runs the rule extractor; the server passes its worker pool (extract-pool.ts) so that extraction never blocks
   * the event loop and has a time budget. Without it extraction runs in this thread, unbounded (scripts, tests).
   */
  extract?: (text: string, options: ExtractOptions) => Promise<Extraction>;
  /** Optional second extractor (the LLM), merged with the rules' output. */
  enrich?: (article: Article, extraction: Extraction) => Promise<Extraction>;
}

export interface EntityMerge {
  name: string;
  into: string;
  entityId: string;
  method: 'exact' | 'fuzzy';
  score: number;
}

export interface IngestResult {
  status: 'ingested' | 'unchanged';
  documentId: string;
  language: string | null;
  entitiesCreated: number;
  entitiesMerged: number;
  factsCreated: number;
  factsCorroborated: number;
  /** Facts extraction found but dropped (failed the ontology's validation). */
  factsSkipped: number;
  merges: EntityMerge[];
  warnings: string[];
}

/** An article read and extracted, ready to resolve and write. */
export interface PreparedArticle {
  article: Article;
  extraction: Extraction;
}

/** An article resolved against the graph and planned, inside the write transaction. */
export interface PlannedArticle extends PreparedArticle {
  resolutions: Map<string, Resolution>;
  plan: WritePlan;
}

/** `by`: who the audit log records as writing it (an API key's name, or "system" for the CLI and the sample corpus). */
export async function ingestArticle(
  settings: IngestSettings,
  input: ArticleInput,
  by = systemAuthor,
): Promise<IngestResult> {
  const article = validateArticle(input, settings.maxBytes);
  const hash = contentHash(article.text);
  // Checked again under the lock; this only saves extracting an article that is there.
  const existing = await documentByHash(settings.graph, hash);
  if (existing.id) return alreadyThere(article, existing.id);
  return writeArticle(settings.graph, await prepareArticle(settings, article), by);
}

/** Writes an extracted article in its own transaction (resolved and planned under the ingest lock). */
export async function writeArticle(graph: Graph, prepared: PreparedArticle, by: string): Promise<IngestResult> {
  let planned: PlannedArticle | undefined;
  const outcome = await writeDocument(
    graph,
    contentHash(prepared.article.text),
    async (tx, rejected) => {
      planned = await planArticle(tx, prepared, rejected);
      return planned.plan;
    },
    by,
  );
  return resultOf(outcome, prepared, planned);
}

/** The result of an article's write: what it added, or that its content was there already. */
export function resultOf(outcome: WriteOutcome, prepared: PreparedArticle, planned?: PlannedArticle): IngestResult {
  const { article, extraction } = prepared;
  if (outcome.status === 'unchanged') return alreadyThere(article, outcome.documentId);
  return summarise(outcome, planned, [...article.warnings, ...extraction.warnings]);
}

/** The result for an article whose content the graph holds already, as this document. */
export const alreadyThere = (article: Article, documentId: string): IngestResult =>
  summarise(unchanged(documentId), undefined, [...article.warnings, 'this content was already ingested']);

/** Extracts one article (the rules, in a worker when a pool is given, and the LLM when configured). Needs no graph. */
export async function prepareArticle(settings: IngestSettings, article: Article): Promise<PreparedArticle> {
  const options = { language: article.language, publishedAt: article.publishedAt };
  let extraction = settings.extract
    ? await settings.extract(article.text, options)
    : extractArticle(article.text, options);
  if (settings.enrich) extraction = await settings.enrich(article, extraction);
  return { article, extraction };
}

/**
 * Resolves an extracted article against the graph as the transaction sees it
 * (honouring recorded judgements) and plans its write. Runs under the ingest lock.
 * `hits`: the full-text index's hits for the article's queries when the caller
 * asked for them already (the folder ingest, once for its group); asked here otherwise.
 */
export async function planArticle(
  tx: Transaction,
  { article, extraction }: PreparedArticle,
  rejected: RejectedResolution[],
  writtenInTransaction: WrittenEntity[] = [],
  hits?: FullTextHits,
): Promise<PlannedArticle> {
  const resolutions = await resolveAgainstGraph(
    tx,
    extraction,
    rejected,
    contentHash(article.text),
    writtenInTransaction,
    hits,
  );
  const publishedAt = article.publishedAt ?? extraction.publishedAt;
  const seenAt = publishedAt ?? new Date().toISOString().slice(0, 10);
  const plan = planWrite({ ...article, publishedAt }, extraction, resolutions, seenAt);
  return { article, extraction, resolutions, plan };
}

/** An entity an earlier article of the same transaction wrote, with the keys that article gave it. */
export type WrittenEntity = Pick<EntityRow, 'id' | 'kind' | 'keys'>;

/** Each entity's match keys (its name's and aliases'), by localId. */
const keysByEntity = (extraction: Extraction): Map<string, string[]> =>
  new Map(extraction.entities.map((e) => [e.localId, [...new Set([e.name, ...e.aliases].flatMap(matchKeys))]]));

/** The Lucene queries resolving the article asks the full-text index, one per entity. */
export function fullTextQueries(extraction: Extraction): string[] {
  return [...keysByEntity(extraction).values()].map(lucenePerWordFuzzy);
}

async function resolveAgainstGraph(
  tx: Transaction,
  extraction: Extraction,
  rejected: RejectedResolution[],
  hash: string,
  writtenInTransaction: WrittenEntity[],
  hits?: FullTextHits,
): Promise<Map<string, Resolution>> {
  const keysOf = keysByEntity(extraction);
  const queryOf = new Map([...keysOf].map(([localId, keys]) => [localId, lucenePerWordFuzzy(keys)]));
  const missing = [...queryOf.values()].filter((query) => !hits?.has(query));
  const fetched = missing.length > 0 ? await fullTextHits(tx, missing) : new Map<string, string[]>();
  const context = articleContext(extraction.entities, extraction.facts, (e) => foldKey(e.name));
  const candidates = await resolutionCandidates(
    tx,
    extraction.entities.map((e) => {
      const query = queryOf.get(e.localId)!;
      return {
        localId: e.localId,
        kind: e.kind,
        keys: keysOf.get(e.localId)!,
        // In this order, as the candidates come: the index's hits (best first), then the exact ones by id.
        ids: [
          ...new Set([
            ...(hits?.get(query) ?? fetched.get(query) ?? []),
            ...[e.name, ...e.aliases].map((name) => entityId(e.kind, foldKey(name))),
            // The full-text index's hits are committed names (the folder ingest asks before its group writes):
            // the transaction's own are matched here, by the same rule, and read by id like the exact ones.
            ...writtenInTransaction
              .filter((w) => w.kind === e.kind && matchesPerWordFuzzy(keysOf.get(e.localId)!, w.keys))
              .map((w) => w.id),
          ]),
        ],
      };
    }),
  );
  const articleKeys = [...keysOf.values()].flat();
  const resolutions = new Map<string, Resolution>();
  for (const entity of extraction.entities) {
    const keys = keysOf.get(entity.localId)!;
    // A judgement keeps these names apart from an entity, even when they would match it exactly.
    const avoided = new Set(rejected.filter((r) => r.keys.some((key) => keys.includes(key))).map((r) => r.entityId));
    const own = candidates.filter((c) => c.localId === entity.localId && !avoided.has(c.id));
    const resolution = decide(
      { localId: entity.localId, kind: entity.kind, keys, context: context.get(entity.localId) ?? [], articleKeys },
      own,
    );
    const ownId = entityId(entity.kind, foldKey(entity.name));
    if (resolution.method === 'new' && avoided.has(ownId))
      resolution.id = entityId(entity.kind, `${foldKey(entity.name)}|${hash}`);
    resolutions.set(entity.localId, resolution);
  }
  return resolutions;
}

export function summarise(
  outcome: WriteOutcome,
  prepared: PlannedArticle | undefined,
  warnings: string[],
): IngestResult {
  const merges = (prepared?.extraction.entities ?? []).flatMap((entity): EntityMerge[] => {
    const resolution = prepared!.resolutions.get(entity.localId);
    if (!resolution?.id || resolution.method === 'new') return [];
    const { method, score } = resolution;
    return [{ name: entity.name, into: resolution.matchedName ?? entity.name, entityId: resolution.id, method, score }];
  });
  return {
    status: outcome.status,
    documentId: outcome.documentId,
    language: prepared?.extraction.language ?? null,
    entitiesCreated: outcome.createdEntityIds.length,
    entitiesMerged: outcome.mergedEntityIds.length,
    factsCreated: outcome.createdFactIds.length,
    factsCorroborated: outcome.corroboratedFactIds.length,
    factsSkipped: prepared?.extraction.warnings.filter((w) => /^dropped [A-Z_]+ /.test(w)).length ?? 0,
    merges,
    warnings,
  };
}
