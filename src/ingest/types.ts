/**
 * What extraction produces for one article, before anything touches the graph.
 * Offsets are UTF-16 code-unit offsets into the article's plain text (the same
 * indexing as JavaScript strings), end exclusive.
 */
import type { EntityKind, RelationType, Role } from '../model';
import type { Language } from './languages';

export type { Language };

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Who produced an item: the deterministic rules, or the optional LLM extractor. */
export type Extractor = 'rules' | 'llm';

export interface Provenance {
  extractor: Extractor;
  /** Name of the rule (or LLM prompt version) that produced the item, e.g. "en.title.ambassador-of-to". */
  rule: string;
  /** 0..1 */
  confidence: number;
}

export interface Mention extends Provenance {
  sentenceIndex: number;
  start: number;
  end: number;
  /** text.slice(start, end) */
  surface: string;
}

/** One entity after in-article resolution: all its mentions gathered under one canonical name. */
export interface ExtractedEntity extends Provenance {
  /** Local to this article: "e1", "e2", ... */
  localId: string;
  kind: EntityKind;
  /** Canonical name (English/Latin form for places and organisations; fullest form for people). */
  name: string;
  /** Every other surface form found verbatim in the text. */
  aliases: string[];
  roles: Role[];
  mentions: Mention[];
}

export interface Evidence {
  sentenceIndex: number;
  start: number;
  end: number;
  /** text.slice(start, end): normally the whole sentence that states the fact. */
  quote: string;
}

export interface ExtractedFact extends Provenance {
  type: RelationType;
  /** localId of the source entity */
  from: string;
  /** localId of the target entity */
  to: string;
  properties: Record<string, string | number>;
  evidence: Evidence;
}

export interface Extraction {
  language: Language;
  /** Whether the language was given or detected, and how sure detection was. */
  languageSource: 'given' | 'detected';
  text: string;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  facts: ExtractedFact[];
  /** Publication date: given, or read from the article's dateline. */
  publishedAt?: string;
  warnings: string[];
}

export interface ExtractOptions {
  language?: Language;
  /** ISO date of publication, used to resolve "on 9 February" and "yesterday". */
  publishedAt?: string;
}
