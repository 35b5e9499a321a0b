/**
 * Undoes a resolution decision: "in this document, these names are not that
 * entity". The document is read again and rewritten with those names kept
 * apart from the entity (resolved to another candidate, or a new entity), in
 * one transaction; the judgement is recorded, so a later ingest of the same
 * content decides the same way. Rejecting again is harmless.
 */
import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../errors';
import { systemAuthor } from '../graph/audit/record-change';
import { documentSource, rewriteDocument } from '../graph/rewrite-document';
import {
  planArticle,
  prepareArticle,
  summarise,
  type IngestResult,
  type IngestSettings,
  type PlannedArticle,
} from './ingest';
import type { Language } from './types';

export async function rejectResolution(
  settings: IngestSettings,
  documentId: string,
  entityId: string,
  by = systemAuthor,
): Promise<IngestResult> {
  const source = await documentSource(settings.graph, documentId, entityId);
  if (!source) throw notFound('document', documentId);
  if (source.keys.length === 0)
    throw badInput('entityId', `document ${documentId} does not mention entity ${entityId}`);
  const { document } = source;
  const judgement = {
    id: `judgement_${randomUUID()}`,
    contentHash: document.contentHash,
    documentId,
    entityId,
    keys: source.keys,
  };
  const rejected = [...source.rejected.filter((r) => r.entityId !== entityId), judgement];
  const prepared = await prepareArticle(settings, {
    text: document.text,
    title: document.title ?? undefined,
    url: document.url ?? undefined,
    publishedAt: document.publishedAt ?? undefined,
    language: document.language as Language,
    warnings: [],
  });
  let planned: PlannedArticle | undefined;
  const outcome = await rewriteDocument(
    settings.graph,
    documentId,
    judgement,
    async (tx) => {
      planned = await planArticle(tx, prepared, rejected);
      return planned.plan;
    },
    by,
  );
  return summarise(outcome, planned, prepared.extraction.warnings);
}
