/**
 * Turns one article's extraction and its resolutions into the rows that the
 * write transaction UNWINDs: document, sentences, entities, mentions, facts
 * (one per factId, with every evidence) and evidence. Pure: no database.
 */
import { entityKinds, relations, type EntityKind } from '../model';
import { foldKey } from '../model/fold';
import { matchKeys } from './match-keys';
import { contentHash, documentId, entityId, factId, sentenceId } from '../model/ids';
import type { Resolution } from './resolve-graph';
import type { Article } from './input';
import type { Extraction, Extractor } from './types';
import { plannedOffices, type OfficeHolderRow } from './offices';

export type { OfficeHolderRow };

export interface DocumentRow {
  id: string;
  contentHash: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  text: string;
}

export interface EntityRow {
  localId: string;
  id: string;
  kind: EntityKind;
  labels: string[];
  name: string;
  key: string;
  aliases: string[];
  keys: string[];
  roles: string[];
}

export interface MentionRow {
  sentenceId: string;
  entityId: string;
  surface: string;
  key: string;
  start: number;
  end: number;
  rule: string;
  extractor: Extractor;
  confidence: number;
  method: string;
  score: number;
  roles: string[];
}

export interface EvidenceRow {
  id: string;
  factId: string;
  type: string;
  fromId: string;
  toId: string;
  sentenceId: string;
  quote: string;
  start: number;
  end: number;
  extractor: Extractor;
  rule: string;
  confidence: number;
  /** The fact's status and date as this evidence states them, so a retraction can recompute the fact. */
  status: string;
  seen: string;
  /** The span this evidence states (validFrom, validTo), null when it states none. */
  validFrom: string | null;
  validTo: string | null;
}

export interface FactRow {
  factId: string;
  type: string;
  fromId: string;
  toId: string;
  properties: Record<string, string | number>;
  status: string;
  confidence: number;
  seen: string;
  extractors: Extractor[];
  /** The single-holder offices it names a holder of (src/ingest/offices.ts): a later holder ends it. */
  offices: string[];
}

export interface WritePlan {
  document: DocumentRow;
  sentences: { id: string; index: number; text: string; start: number; end: number }[];
  entities: EntityRow[];
  mentions: MentionRow[];
  facts: FactRow[];
  evidence: EvidenceRow[];
  /** The current holders of single-holder offices this article names: earlier holders' facts end. */
  officeHolders: OfficeHolderRow[];
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

export function planWrite(
  article: Article,
  extraction: Extraction,
  resolutions: Map<string, Resolution>,
  seenAt: string,
): WritePlan {
  const hash = contentHash(extraction.text);
  const docId = documentId(hash);
  // A long article repeats its surface forms thousands of times; each distinct one is folded once (folding is slow).
  const folded = new Map<string, string>();
  const fold = (text: string): string => folded.get(text) ?? folded.set(text, foldKey(text)).get(text)!;
  const entities: EntityRow[] = extraction.entities.map((entity) => {
    const key = foldKey(entity.name);
    const resolution = resolutions.get(entity.localId);
    return {
      localId: entity.localId,
      id: resolution?.id ?? entityId(entity.kind, key),
      kind: entity.kind,
      labels: [...entityKinds[entity.kind].labels],
      name: entity.name,
      key,
      // Aliases are the surface forms the article uses, as the mentions record them (the
      // write leaves out the graph entity's own name, which may differ from this article's).
      aliases: unique(entity.mentions.map((m) => m.surface)),
      // Match keys (legal form dropped, a country's English name) let later articles find it by those too.
      keys: unique([key, ...unique([entity.name, ...entity.mentions.map((m) => m.surface)]).flatMap(matchKeys)]).filter(
        (k) => k !== '',
      ),
      roles: unique(entity.roles),
    };
  });
  const idOf = new Map(entities.map((e) => [e.localId, e.id]));

  const mentions: MentionRow[] = extraction.entities.flatMap((entity) => {
    const resolution = resolutions.get(entity.localId);
    return entity.mentions.map((mention) => ({
      sentenceId: sentenceId(docId, mention.sentenceIndex),
      entityId: idOf.get(entity.localId)!,
      surface: mention.surface,
      key: fold(mention.surface),
      start: mention.start,
      end: mention.end,
      rule: mention.rule,
      extractor: mention.extractor,
      confidence: mention.confidence,
      method: resolution?.method ?? 'new',
      score: resolution?.score ?? 0,
      roles: unique(entity.roles),
    }));
  });

  const facts = new Map<string, FactRow>();
  const evidence: EvidenceRow[] = [];
  for (const fact of extraction.facts) {
    const spec = relations[fact.type];
    let fromId = idOf.get(fact.from)!;
    let toId = idOf.get(fact.to)!;
    if (fromId === toId) continue;
    if (spec.symmetric && toId < fromId) [fromId, toId] = [toId, fromId];
    const { status, ...properties } = fact.properties;
    const id = factId(fact.type, fromId, toId, properties);
    const existing = facts.get(id);
    if (existing) {
      // A bound another sentence states joins the fact (the earliest start, the latest end).
      if (
        typeof properties.validFrom === 'string' &&
        !(String(existing.properties.validFrom ?? '~') <= properties.validFrom)
      )
        existing.properties.validFrom = properties.validFrom;
      if (typeof properties.validTo === 'string' && !(String(existing.properties.validTo ?? '') >= properties.validTo))
        existing.properties.validTo = properties.validTo;
      existing.confidence = Math.max(existing.confidence, fact.confidence);
      existing.extractors = unique([...existing.extractors, fact.extractor]);
      if (status !== 'planned') existing.status = 'stated';
    } else {
      facts.set(id, {
        factId: id,
        type: fact.type,
        fromId,
        toId,
        properties,
        status: status === 'planned' ? 'planned' : 'stated',
        confidence: fact.confidence,
        seen: seenAt,
        extractors: [fact.extractor],
        offices: [],
      });
    }
    const evidenceId = `${id}:${docId}:${fact.evidence.start}`;
    if (!evidence.some((e) => e.id === evidenceId)) {
      evidence.push({
        id: evidenceId,
        factId: id,
        type: fact.type,
        fromId,
        toId,
        sentenceId: sentenceId(docId, fact.evidence.sentenceIndex),
        quote: fact.evidence.quote,
        start: fact.evidence.start,
        end: fact.evidence.end,
        extractor: fact.extractor,
        rule: fact.rule,
        confidence: fact.confidence,
        status: status === 'planned' ? 'planned' : 'stated',
        seen: seenAt,
        validFrom: typeof properties.validFrom === 'string' ? properties.validFrom : null,
        validTo: typeof properties.validTo === 'string' ? properties.validTo : null,
      });
    }
  }

  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  const offices = plannedOffices(
    [...facts.values()],
    (id) => kindOf.get(id),
    extraction.language,
    article.publishedAt ?? null,
  );
  for (const fact of facts.values()) fact.offices = offices.officesOf.get(fact.factId) ?? [];

  return {
    document: {
      id: docId,
      contentHash: hash,
      title: article.title ?? null,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? null,
      language: extraction.language,
      text: extraction.text,
    },
    sentences: extraction.sentences.map((s) => ({
      id: sentenceId(docId, s.index),
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
    })),
    // One row per graph id, sorted so that concurrent transactions lock entities in the same order.
    entities: mergeById(entities).sort((a, b) => a.id.localeCompare(b.id)),
    mentions,
    facts: [...facts.values()].sort((a, b) => a.factId.localeCompare(b.factId)),
    evidence,
    officeHolders: offices.holders,
  };
}

/** Two article entities resolved to the same graph entity become one row. */
function mergeById(rows: EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) {
      byId.set(row.id, { ...row });
      continue;
    }
    seen.aliases = unique([...seen.aliases, ...row.aliases]);
    seen.keys = unique([...seen.keys, ...row.keys]);
    seen.roles = unique([...seen.roles, ...row.roles]);
  }
  return [...byId.values()];
}
