/**
 * The shapes read statements return, turned into API objects: facts with
 * their endpoints and evidence, pages with keyset cursors.
 */
import { badInput } from '../../errors';
import { relations, type RelationType } from '../../model';

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
  roles: string[];
}

export interface EvidenceItem {
  quote: string;
  start: number;
  end: number;
  extractor: string;
  rule: string;
  confidence: number;
  sentence: { index: number; text: string; start: number; end: number };
  document: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    language: string | null;
  };
}

export interface Fact {
  id: string;
  type: RelationType;
  label: string;
  symmetric: boolean;
  from: EntityRef;
  to: EntityRef;
  status: string;
  confidence: number;
  sourceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  date: string | null;
  amount: number | null;
  currency: string | null;
  stake: number | null;
  period: string | null;
  title: string | null;
  extractors: string[];
  evidence: EvidenceItem[];
}

/** A fact row as the statements return it: {type, props, from, to, evidence}. */
export interface FactRow {
  type: RelationType;
  props: Record<string, unknown>;
  from: EntityRef;
  to: EntityRef;
  evidence?: EvidenceItem[];
}

const optional = <T>(value: unknown) => (value ?? null) as T | null;

export function toFact(row: FactRow): Fact {
  const spec = relations[row.type];
  const p = row.props;
  return {
    id: p.factId as string,
    type: row.type,
    label: spec.label,
    symmetric: spec.symmetric,
    from: row.from,
    to: row.to,
    status: (p.status as string) ?? 'stated',
    confidence: Number(p.confidence ?? 0),
    sourceCount: Number(p.sourceCount ?? 0),
    firstSeen: optional(p.firstSeen),
    lastSeen: optional(p.lastSeen),
    date: optional(p.date),
    amount: optional(p.amount),
    currency: optional(p.currency),
    stake: optional(p.stake),
    period: optional(p.period),
    title: optional(p.title),
    extractors: (p.extractors as string[]) ?? [],
    evidence: row.evidence ?? [],
  };
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of a cursor made by encodeCursor, or BAD_USER_INPUT naming the argument. */
export function decodeCursor(cursor: string, length: number, argument = 'after'): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // reported below
  }
  throw badInput(argument, 'is not a cursor returned by this API');
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/**
 * A page from first + 1 fetched items: the extra one only tells that there is a next page.
 * Paging is forward only (first/after), so, as the Relay cursor connections spec allows,
 * hasPreviousPage tells whether after was given: a cursor of this API names an item of the
 * list, which comes before this page.
 */
export function toPage<T>(
  items: T[],
  page: { first: number; after?: string },
  cursorOf: (item: T) => unknown[],
  totalCount: number | null = null,
): Page<T> {
  const edges = items.slice(0, page.first).map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > page.first,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
