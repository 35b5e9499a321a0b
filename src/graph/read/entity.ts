import { relationTypes, type RelationType } from '../../model';
import { int } from '../integer';
import type { DocumentRef, EntityListName, EntityListParams, EntityRow } from '../statements';
import { fetchSize, pageKeys, toPage, type Key, type KeyedList, type Page, type PageWindow } from './paging';
import {
  asOfParams,
  evidenceParams,
  reviewedOnly,
  toFact,
  type EntityRef,
  type EvidenceRequest,
  type Fact,
  type ReviewedFilter,
} from './shapes';

/** One of an entity's lists as the request selected it: a window, and whether to count the whole list. */
export interface ListRequest {
  window: PageWindow;
  withTotal: boolean;
}

/** What of an entity the request selected; null means not selected. */
/** One of an entity's fact lists as selected: its reviewed argument applies to it alone. */
export type FactListRequest = ListRequest & { reviewed?: ReviewedFilter };

export interface EntityShape {
  /** asOf: only facts that held on this day (YYYY-MM-DD), see asOfParams. */
  facts: (FactListRequest & { types?: RelationType[]; asOf?: string | null }) | null;
  evidence: EvidenceRequest;
  documents: ListRequest | null;
  investors: FactListRequest | null;
  portfolio: FactListRequest | null;
}

export interface EntityRecord extends EntityRef {
  aliases: string[];
  facts: Page<Fact> | null;
  documents: Page<DocumentRef> | null;
  investors: Page<Fact> | null;
  portfolio: Page<Fact> | null;
}

/** An entity's lists, each keyed by fact id but documents, by [publishedAt or '' (undated last), id]. */
const lists = {
  facts: { name: 'facts', shape: ['string'] },
  investors: { name: 'investors', shape: ['string'] },
  portfolio: { name: 'portfolio', shape: ['string'] },
  documents: { name: 'documents', shape: ['string', 'string'] },
} satisfies Record<EntityListName, KeyedList>;

const documentKey = (d: DocumentRef): Key => [d.publishedAt ?? '', d.id];

/** The parameters of one list of cypher/read/entities.cypher: <name>Limit (0: not selected), <name>After, <name>Total. */
function listParams<L extends EntityListName>(name: L, list: ListRequest | null) {
  const after = list ? pageKeys(list.window, lists[name]).after : null;
  // Computed keys type as an index signature: the cast names the three keys they are.
  return {
    [`${name}Limit`]: int(list ? fetchSize(list.window) : 0),
    // A key of one value is passed as that value.
    [`${name}After`]: after && after.length === 1 ? after[0] : after,
    [`${name}Total`]: list?.withTotal ?? false,
  } as Pick<EntityListParams, `${L}Limit` | `${L}After` | `${L}Total`>;
}

export function entityParams(shape: EntityShape): EntityListParams {
  return {
    factTypes: shape.facts?.types?.length ? shape.facts.types : relationTypes,
    ...listParams('facts', shape.facts),
    ...listParams('documents', shape.documents),
    ...listParams('investors', shape.investors),
    ...listParams('portfolio', shape.portfolio),
    factsReviewedOnly: reviewedOnly(shape.facts?.reviewed),
    investorsReviewedOnly: reviewedOnly(shape.investors?.reviewed),
    portfolioReviewedOnly: reviewedOnly(shape.portfolio?.reviewed),
    ...evidenceParams(shape.evidence),
    ...asOfParams(shape.facts?.asOf),
  };
}

const byId = (a: Fact, b: Fact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Shapes an entity row of read/entities into an API record. */
export function toEntityRecord(row: EntityRow, shape: EntityShape): EntityRecord {
  const factPage = (slot: 'facts' | 'investors' | 'portfolio', total: number | null) => {
    const list = shape[slot];
    if (!list) return null;
    // The slots come back from a UNION, each in fact-id order within itself only.
    const facts = row.facts
      .filter((f) => f.slot === slot)
      .map(toFact)
      .sort(byId);
    return toPage(facts, list.window, lists[slot], (f) => [f.id], total === null ? null : Number(total));
  };
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    roles: row.roles,
    aliases: row.aliases,
    documents: shape.documents
      ? toPage(
          row.documents,
          shape.documents.window,
          lists.documents,
          documentKey,
          row.documentsTotal === null ? null : Number(row.documentsTotal),
        )
      : null,
    facts: factPage('facts', row.factsTotal),
    investors: factPage('investors', row.investorsTotal),
    portfolio: factPage('portfolio', row.portfolioTotal),
  };
}
