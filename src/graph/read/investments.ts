import { int, type Graph } from '../driver';
import { decodeCursor, toFact, toPage, type Fact, type FactRow, type Page } from './shapes';

export interface InvestmentFilter {
  investor?: string;
  target?: string;
  /** A region or country the target is located in or part of. */
  place?: string;
}

export async function readInvestments(
  graph: Graph,
  where: InvestmentFilter,
  page: { first: number; after?: string; withTotal: boolean; evidenceFirst: number },
): Promise<Page<Fact>> {
  const [row] = await graph.read('read/investments', {
    investor: where.investor ?? null,
    target: where.target ?? null,
    place: where.place ?? null,
    after: page.after ? decodeCursor(page.after, 1)[0] : null,
    first: int(page.first),
    withTotal: page.withTotal,
    evidenceFirst: int(page.evidenceFirst),
  });
  const facts = (row!.page as FactRow[]).map(toFact);
  return toPage(facts, page, (f) => [f.id], row!.totalCount === null ? null : Number(row!.totalCount));
}
