/**
 * From the selection below an entity to the EntityShape its statement needs:
 * which collections, how many of each, how much evidence.
 */
import type { EntityShape } from '../../graph/read/entity';
import type { RelationType } from '../../model';
import { bounded, type BoundedArgument } from '../arguments';
import { child, path, type Tree } from '../lookahead';

/** The largest evidence page selected under any of these fact selections (0 when none). */
export function evidenceFirst(...facts: (Tree | undefined)[]): number {
  return Math.max(
    0,
    ...facts.map((fact) => {
      const evidence = child(fact, 'evidence');
      return evidence ? bounded('Fact.evidence(first:)', 'evidence.first', Number(evidence.args.first ?? 5)) : 0;
    }),
  );
}

/** Fact fields that need none of the fact's stored properties but its id. */
const factFieldsWithoutProperties = new Set([
  '__typename',
  'id',
  'type',
  'label',
  'symmetric',
  'from',
  'to',
  'evidence',
]);

/** Whether any of these fact selections asks for a stored property (confidence, dates, amount…). */
export function factPropertiesSelected(...facts: (Tree | undefined)[]): boolean {
  return facts.some(
    (fact) =>
      fact !== undefined &&
      Object.values(fact.fieldsByTypeName).some((fields) =>
        Object.values(fields).some((field) => !factFieldsWithoutProperties.has(field.name)),
      ),
  );
}

export function entityShape(node: Tree | undefined): EntityShape {
  const facts = child(node, 'facts');
  const investors = child(node, 'investors');
  const portfolio = child(node, 'portfolio');
  const documents = child(node, 'documents');
  const size = (tree: Tree | undefined, coordinate: BoundedArgument, argument: string, fallback: number) =>
    tree ? bounded(coordinate, argument, Number(tree.args.first ?? fallback)) : 0;
  return {
    facts: facts
      ? {
          first: size(facts, 'Entity.facts(first:)', 'facts.first', 20),
          types: (facts.args.types as RelationType[] | undefined) ?? undefined,
          after: (facts.args.after as string | undefined) ?? undefined,
          withTotal: child(facts, 'totalCount') !== undefined,
        }
      : null,
    evidenceFirst: evidenceFirst(path(facts, 'edges', 'node'), investors, portfolio),
    documentsFirst: size(documents, 'Entity.documents(first:)', 'documents.first', 10),
    investorsFirst: size(investors, 'Organization.investors(first:)', 'investors.first', 20),
    portfolioFirst: size(portfolio, 'Organization.portfolio(first:)', 'portfolio.first', 20),
  };
}
