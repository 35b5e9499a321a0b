/**
 * From the selection below an entity to the EntityShape its statement needs:
 * which collections, how many of each, how much evidence.
 */
import type { EntityShape, FactListRequest, ListRequest } from '../../graph/read/entity';
import { pageKeys } from '../../graph/read/paging';
import { evidenceList, noEvidence, type EvidenceRequest, type ReviewedFilter } from '../../graph/read/shapes';
import type { RelationType } from '../../model';
import { badInput } from '../../errors';
import { fullDate, pageWindow } from '../arguments';
import { child, path, type Tree } from '../lookahead';

/** The default evidence page (schema.graphql: Fact.evidence(first:)). */
export const evidenceDefault = 5;

/**
 * What to fetch of each fact's evidence for these fact selections: the largest page selected and
 * one more (to tell whether it goes on), after the selections' cursor, and the count when one
 * selects totalCount; nothing when none selects evidence. One statement serves one cursor, so the
 * selections must agree on after.
 */
export function evidenceRequest(...facts: (Tree | undefined)[]): EvidenceRequest {
  const selections = facts.map((fact) => child(fact, 'evidence')).filter((tree) => tree !== undefined);
  if (selections.length === 0) return noEvidence;
  const afters = new Set(selections.map((tree) => (tree.args.after as string | null | undefined) ?? null));
  if (afters.size > 1) throw badInput('evidence.after', 'must be the same wherever evidence is selected in one query');
  const windows = selections.map((tree) => pageWindow('Fact.evidence', tree.args, evidenceDefault, 'evidence.'));
  const after = pageKeys(windows[0]!, evidenceList).after;
  return {
    limit: Math.max(...windows.map((window) => window.size)) + 1,
    after: (after?.[0] as string) ?? null,
    withTotal: selections.some((tree) => child(tree, 'totalCount') !== undefined),
  };
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

/** A list of the entity as selected (null when not), read forward; totalCount counted only when selected. */
function listRequest(
  tree: Tree | undefined,
  field: Parameters<typeof pageWindow>[0],
  name: string,
  defaultFirst: number,
) {
  if (!tree) return null;
  const request: ListRequest = {
    window: pageWindow(field, tree.args, defaultFirst, `${name}.`),
    withTotal: child(tree, 'totalCount') !== undefined,
  };
  return request;
}

/** A fact list of the entity as selected, with its own reviewed argument. */
function factListRequest(tree: Tree | undefined, field: Parameters<typeof pageWindow>[0], name: string) {
  const list = listRequest(tree, field, name, 20);
  const request: FactListRequest | null = list && {
    ...list,
    reviewed: (tree!.args.reviewed as ReviewedFilter | undefined) ?? 'INCLUDE',
  };
  return request;
}

export function entityShape(node: Tree | undefined): EntityShape {
  const facts = child(node, 'facts');
  const investors = child(node, 'investors');
  const portfolio = child(node, 'portfolio');
  const factsList = factListRequest(facts, 'Entity.facts', 'facts');
  return {
    facts: factsList && {
      ...factsList,
      types: (facts!.args.types as RelationType[] | undefined) ?? undefined,
      asOf: facts!.args.asOf == null ? null : fullDate('facts.asOf', facts!.args.asOf as string),
    },
    evidence: evidenceRequest(
      path(facts, 'edges', 'node'),
      path(investors, 'edges', 'node'),
      path(portfolio, 'edges', 'node'),
    ),
    documents: listRequest(child(node, 'documents'), 'Entity.documents', 'documents', 10),
    investors: factListRequest(investors, 'Organization.investors', 'investors'),
    portfolio: factListRequest(portfolio, 'Organization.portfolio', 'portfolio'),
  };
}
