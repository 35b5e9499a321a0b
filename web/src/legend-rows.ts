/** The legend's rows of relation types, as plain data (legend.ts draws them). */
import { relations, relationTypes, type RelationType } from '../../src/model';

export interface RelationRow {
  type: RelationType;
  /** How a person reads it (the model's label). */
  label: string;
  count: number;
  shown: boolean;
}

/**
 * The legend's relation rows: every relation type of the model that is drawn or hidden, in the
 * model's order, so a relation added to src/model appears here with no edit.
 */
export function relationRows(hiddenRelations: readonly string[], counts: ReadonlyMap<string, number>): RelationRow[] {
  const hidden = new Set(hiddenRelations);
  return relationTypes
    .filter((type) => counts.has(type) || hidden.has(type))
    .map((type) => ({ type, label: relations[type].label, count: counts.get(type) ?? 0, shown: !hidden.has(type) }));
}
