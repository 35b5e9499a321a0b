import { containmentRelations } from '../../model';
import type { Graph } from '../driver';
import { int } from '../integer';
import type { ParamsOf } from '../statements';
import { pageKeys, toPage, type KeyedList, type Page, type PageWindow } from './paging';
import { placeInterior } from './place-interior';
import {
  asOfParams,
  evidenceParams,
  reviewedOnly,
  toFact,
  type EvidenceRequest,
  type Fact,
  type ReviewedFilter,
} from './shapes';

/**
 * How many containment facts (LOCATED_IN, PART_OF) a target may be from the
 * place it is filtered by: plant -> zone -> city -> region, and one more to a
 * country. Documented in schema.graphql (InvestmentFilter).
 */
export const placeDepth = { region: 3, country: 4 } as const;

export interface InvestmentFilter {
  investor?: string;
  target?: string;
  /** A region or country the target is in, directly or over containment facts. */
  place?: { id: string; scope: keyof typeof placeDepth };
  /** Only investments that held on this day (YYYY-MM-DD): see asOfParams. */
  asOf?: string | null;
}

/** Investments by fact id. */
const investmentsList: KeyedList = { name: 'investments', shape: ['string'] };

interface InvestmentsPage {
  window: PageWindow;
  withTotal: boolean;
  evidence: EvidenceRequest;
  /** ONLY keeps the facts an editor accepted or corrected; INCLUDE (when not given) every fact not rejected. */
  reviewed?: ReviewedFilter;
}

/** The parameters of cypher/read/investments.cypher; `interior` is what the gazetteer puts inside the place (placeInterior). */
export function investmentsParams(
  where: InvestmentFilter,
  page: InvestmentsPage,
  interior: string[] = [],
): ParamsOf<'read/investments'> {
  return {
    investor: where.investor ?? null,
    target: where.target ?? null,
    place: where.place?.id ?? null,
    interior,
    placeDepth: int(where.place ? placeDepth[where.place.scope] : 0),
    containment: containmentRelations,
    after: pageKeys(page.window, investmentsList).after?.[0] ?? null,
    first: int(page.window.size),
    withTotal: page.withTotal,
    reviewedOnly: reviewedOnly(page.reviewed),
    ...evidenceParams(page.evidence),
    ...asOfParams(where.asOf),
  };
}

export async function readInvestments(
  graph: Graph,
  where: InvestmentFilter,
  page: InvestmentsPage,
): Promise<Page<Fact>> {
  const interior = where.place ? await placeInterior(graph, where.place.id) : [];
  const [row] = await graph.read('read/investments', investmentsParams(where, page, interior));
  const facts = row!.page.map(toFact);
  return toPage(
    facts,
    page.window,
    investmentsList,
    (f) => [f.id],
    row!.totalCount === null ? null : Number(row!.totalCount),
  );
}
