/**
 * Maps the model's answer onto the extraction contract (src/ingest/types.ts).
 * Nothing is taken on trust: entities must fit the ontology and occur in the
 * text, relations must quote the article verbatim, join known entities and
 * pass validateFact. Whatever fails is dropped and counted, one count per item.
 */
import { roles as roleTable, validateFact } from '../../model';
import type { ExtractedEntity, ExtractedFact, Language, Provenance, Sentence } from '../types';
import { foldKey } from '../../model/fold';
import { findEvidence, findMentions } from './locate';
import { PROMPT_VERSION } from './prompt';
import { llmEntity, llmRelation, type LlmEntity, type LlmOutput } from './schema';

export interface LlmArticle {
  text: string;
  sentences: Sentence[];
  language: Language;
}

export interface LlmDropped {
  /** Relations whose evidence is not a verbatim substring of the article (inside a sentence). */
  evidence: number;
  /** Entities or relations that do not fit the schema or the ontology (kinds, endpoints, properties). */
  invalid: number;
  /** Relations naming an entity that is not in the (kept) entities. */
  unknownEntity: number;
  /** Entities whose name and aliases all fail to occur in the text. */
  entityNotInText: number;
}

export interface LlmResult {
  entities: ExtractedEntity[];
  facts: ExtractedFact[];
  dropped: LlmDropped;
}

/** Used when the model gives no confidence, or one outside 0..1. */
export const defaultConfidence = 0.7;

export function toExtraction(output: LlmOutput, article: LlmArticle): LlmResult {
  const dropped: LlmDropped = { evidence: 0, invalid: 0, unknownEntity: 0, entityNotInText: 0 };
  const provenance: Provenance = { extractor: 'llm', rule: `llm:${PROMPT_VERSION}`, confidence: defaultConfidence };

  const candidates: LlmEntity[] = [];
  for (const raw of output.entities) {
    const parsed = llmEntity.safeParse(raw);
    if (parsed.success) candidates.push(parsed.data);
    else dropped.invalid++;
  }
  const spans = findMentions(
    article.text,
    article.sentences,
    candidates.map((entity) => [entity.name, ...entity.aliases]),
  );
  const entities: ExtractedEntity[] = [];
  const byName = new Map<string, ExtractedEntity>();
  candidates.forEach((candidate, i) => {
    const mentions = spans[i]!;
    if (mentions.length === 0) {
      dropped.entityNotInText++;
      return;
    }
    const entity: ExtractedEntity = {
      ...provenance,
      localId: `e${entities.length + 1}`,
      kind: candidate.kind,
      name: candidate.name.trim(),
      aliases: [...new Set(mentions.map((m) => m.surface))].filter((surface) => surface !== candidate.name.trim()),
      roles: [...new Set(candidate.roles)].filter((role) =>
        (roleTable[role].kinds as readonly string[]).includes(candidate.kind),
      ),
      mentions: mentions.map((mention) => ({ ...provenance, ...mention })),
    };
    entities.push(entity);
    for (const key of [candidate.name, ...candidate.aliases].map(foldKey)) {
      if (key !== '' && !byName.has(key)) byName.set(key, entity);
    }
  });

  const facts: ExtractedFact[] = [];
  for (const raw of output.relations) {
    const parsed = llmRelation.safeParse(raw);
    if (!parsed.success) {
      dropped.invalid++;
      continue;
    }
    const relation = parsed.data;
    const evidence = findEvidence(article.text, article.sentences, relation.evidence);
    if (!evidence) {
      dropped.evidence++;
      continue;
    }
    const from = byName.get(foldKey(relation.from));
    const to = byName.get(foldKey(relation.to));
    if (!from || !to) {
      dropped.unknownEntity++;
      continue;
    }
    const properties = Object.fromEntries(
      Object.entries(relation.properties as Record<string, string | number | null>).filter(
        (entry): entry is [string, string | number] =>
          entry[1] !== null && !(entry[0] === 'status' && entry[1] === 'stated'),
      ),
    );
    if (
      from === to ||
      validateFact({ type: relation.type, fromKind: from.kind, toKind: to.kind, properties }).length > 0
    ) {
      dropped.invalid++;
      continue;
    }
    const confidence = relation.confidence ?? defaultConfidence;
    facts.push({
      ...provenance,
      confidence,
      type: relation.type,
      from: from.localId,
      to: to.localId,
      properties,
      evidence,
    });
  }
  return { entities, facts, dropped };
}
