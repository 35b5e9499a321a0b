/**
 * Stable identifiers, so that the same content, entity or fact gets the same
 * id in every process: writes MERGE on them and concurrent ingests converge.
 */
import { createHash } from 'node:crypto';
import { relations, type EntityKind, type RelationType } from './ontology';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Hash of the article text with line endings and surrounding whitespace normalised. */
export function contentHash(text: string): string {
  return sha256(text.replace(/\r\n?/g, '\n').trim());
}

export function documentId(hash: string): string {
  return `doc_${hash.slice(0, 24)}`;
}

export function sentenceId(docId: string, index: number): string {
  return `${docId}:s${index}`;
}

/** A new entity's id: its kind and folded name key. */
export function entityId(kind: EntityKind, key: string): string {
  return `ent_${sha256(`${kind}|${key}`).slice(0, 24)}`;
}

/** A fact's id: type, endpoints (ordered for symmetric types) and the type's key properties. */
export function factId(type: RelationType, fromId: string, toId: string, properties: Record<string, unknown>): string {
  const spec = relations[type];
  const ends = spec.symmetric ? [fromId, toId].sort() : [fromId, toId];
  const qualifiers = spec.keyProperties.map((name) => `${name}=${String(properties[name] ?? '')}`);
  return `fact_${sha256([type, ...ends, ...qualifiers].join('|')).slice(0, 24)}`;
}
