import { relationTypes, type RelationType } from '../../model';
import { int } from '../driver';
import { decodeCursor, toFact, toPage, type EntityRef, type Fact, type FactRow, type Page } from './shapes';

/** What of an entity the request selected; a size of 0 means not selected. */
export interface EntityShape {
  facts: { first: number; types?: RelationType[]; after?: string; withTotal: boolean } | null;
  evidenceFirst: number;
  documentsFirst: number;
  investorsFirst: number;
  portfolioFirst: number;
}

export interface DocumentRef {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
}

export interface EntityRecord extends EntityRef {
  aliases: string[];
  facts: Page<Fact> | null;
  documents: DocumentRef[];
  investors: Fact[];
  portfolio: Fact[];
}

interface EntityRow extends EntityRef {
  aliases: string[];
  factsTotal: number | null;
  documents: DocumentRef[];
  facts: (FactRow & { slot: 'facts' | 'investors' | 'portfolio' })[];
}

export function entityParams(shape: EntityShape) {
  const after = shape.facts?.after ? (decodeCursor(shape.facts.after, 1)[0] as string) : null;
  return {
    factTypes: shape.facts?.types?.length ? shape.facts.types : relationTypes,
    factsFirst: int(shape.facts?.first ?? 0),
    factsAfter: after,
    factsTotal: shape.facts?.withTotal ?? false,
    evidenceFirst: int(shape.evidenceFirst),
    documentsFirst: int(shape.documentsFirst),
    investorsFirst: int(shape.investorsFirst),
    portfolioFirst: int(shape.portfolioFirst),
  };
}

/** Shapes an entity row of read/entities into an API record. */
export function toEntityRecord(row: EntityRow, shape: EntityShape): EntityRecord {
  const bySlot = (slot: string) =>
    row.facts
      .filter((f) => f.slot === slot)
      .map(toFact)
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    roles: row.roles,
    aliases: row.aliases,
    documents: row.documents,
    facts: shape.facts ? toPage(bySlot('facts'), shape.facts, (f) => [f.id], row.factsTotal) : null,
    investors: bySlot('investors'),
    portfolio: bySlot('portfolio'),
  };
}
