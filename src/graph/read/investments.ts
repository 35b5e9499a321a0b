import { containmentRelations } from '../../model';
import { int, type Graph } from '../driver';
import { placeInterior } from './place-interior';
import { decodeCursor, toFact, toPage, type Fact, type FactRow, type Page } from './shapes';

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
}

export async function readInvestments(
  graph: Graph,
  where: InvestmentFilter,
  page: { first: number; after?: string; withTotal: boolean; evidenceFirst: number },
): Promise<Page<Fact>> {
  const [row] = await graph.read('read/investments', {
    investor: where.investor ?? null,
    target: where.target ?? null,
    place: where.place?.id ?? null,
    interior: where.place ? await placeInterior(graph, where.place.id) : [],
    placeDepth: int(where.place ? placeDepth[where.place.scope] : 0),
    containment: containmentRelations,
    after: page.after ? decodeCursor(page.after, 1)[0] : null,
    first: int(page.first),
    withTotal: page.withTotal,
    evidenceFirst: int(page.evidenceFirst),
  });
  const facts = (row!.page as FactRow[]).map(toFact);
  return toPage(facts, page, (f) => [f.id], row!.totalCount === null ? null : Number(row!.totalCount));
}
