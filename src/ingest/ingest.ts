/**
 * Ingests one article: validate -> (already there? say so) -> extract ->
 * resolve against the graph -> plan -> write in one transaction.
 */
import type { Graph } from '../graph/driver';
import { documentByHash, unchanged, writeDocument } from '../graph/ingest-document';
import { resolutionCandidates } from '../graph/resolution-candidates';
import { extractArticle } from './extract-article';
import { foldKey } from './fold';
import { contentHash, documentId } from './ids';
import { validateArticle, type Article, type ArticleInput } from './input';
import { planWrite } from './plan';
import { articleContext, decide, lucenePerWordFuzzy, type Resolution } from './resolve-graph';
import type { Extraction } from './types';

export interface IngestSettings {
  graph: Graph;
  maxBytes: number;
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

export async function ingestArticle(settings: IngestSettings, input: ArticleInput): Promise<IngestResult> {
  const { graph } = settings;
  const article = validateArticle(input, settings.maxBytes);
  const hash = contentHash(article.text);
  const existing = await documentByHash(graph, hash);
  if (existing)
    return summary(unchanged(existing), null, [], 0, [...article.warnings, 'this content was already ingested']);

  let extraction = extractArticle(article.text, { language: article.language, publishedAt: article.publishedAt });
  if (settings.enrich) extraction = await settings.enrich(article, extraction);
  const resolutions = await resolveAgainstGraph(graph, extraction);
  const seenAt = article.publishedAt ?? extraction.publishedAt ?? new Date().toISOString().slice(0, 10);
  const plan = planWrite(
    { ...article, publishedAt: article.publishedAt ?? extraction.publishedAt },
    extraction,
    resolutions,
    seenAt,
  );
  const outcome = await writeDocument(graph, plan);
  if (outcome.status === 'unchanged') {
    return summary(unchanged(documentId(hash)), null, [], 0, [
      ...article.warnings,
      'this content was already ingested',
    ]);
  }
  const merges = extraction.entities.flatMap((entity): EntityMerge[] => {
    const resolution = resolutions.get(entity.localId);
    if (!resolution?.id || resolution.method === 'new') return [];
    return [
      {
        name: entity.name,
        into: resolution.matchedName ?? entity.name,
        entityId: resolution.id,
        method: resolution.method,
        score: resolution.score,
      },
    ];
  });
  const skipped = extraction.warnings.filter((w) => w.startsWith('dropped fact')).length;
  return summary(outcome, extraction.language, merges, skipped, [...article.warnings, ...extraction.warnings]);
}

async function resolveAgainstGraph(graph: Graph, extraction: Extraction): Promise<Map<string, Resolution>> {
  const keysOf = new Map(
    extraction.entities.map((e) => [e.localId, [...new Set([e.name, ...e.aliases].map(foldKey).filter(Boolean))]]),
  );
  const context = articleContext(extraction.entities, extraction.facts, (e) => foldKey(e.name));
  const candidates = await resolutionCandidates(
    graph,
    extraction.entities.map((e) => ({
      localId: e.localId,
      kind: e.kind,
      keys: keysOf.get(e.localId)!,
      query: lucenePerWordFuzzy(keysOf.get(e.localId)!),
    })),
  );
  const articleKeys = [...keysOf.values()].flat();
  const resolutions = new Map<string, Resolution>();
  for (const entity of extraction.entities) {
    const own = candidates.filter((c) => c.localId === entity.localId);
    resolutions.set(
      entity.localId,
      decide(
        {
          localId: entity.localId,
          kind: entity.kind,
          keys: keysOf.get(entity.localId)!,
          context: context.get(entity.localId) ?? [],
          articleKeys,
        },
        own,
      ),
    );
  }
  return resolutions;
}

function summary(
  outcome: Awaited<ReturnType<typeof writeDocument>>,
  language: string | null,
  merges: EntityMerge[],
  factsSkipped: number,
  warnings: string[],
): IngestResult {
  return {
    status: outcome.status,
    documentId: outcome.documentId,
    language,
    entitiesCreated: outcome.createdEntityIds.length,
    entitiesMerged: outcome.mergedEntityIds.length,
    factsCreated: outcome.createdFactIds.length,
    factsCorroborated: outcome.corroboratedFactIds.length,
    factsSkipped,
    merges,
    warnings,
  };
}
