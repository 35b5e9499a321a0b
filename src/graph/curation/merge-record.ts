/**
 * What a merge records in its judgement (as JSON in MergeJudgement.snapshot)
 * so that unmergeEntities can undo it: the kept entity's lists as they were,
 * the merged entity's labels, and every fact it moved, combined or removed,
 * with the evidence that moved along. Only strings and booleans: values whose
 * type JSON would lose (integers, dates) stay in the graph (the placeholder,
 * the ArchivedFact nodes).
 */
import { entityKinds, type RelationType } from '../../model';

/** The lists of an entity that a merge changes, as stored (null when absent). */
export interface EntityLists {
  aliases: string[] | null;
  aliasKeys: string[] | null;
  roles: string[] | null;
  curatedAliases: string[] | null;
  curatedAliasKeys: string[] | null;
  curatedRoles: string[] | null;
  curated: boolean | null;
}

/** A fact of the merged entity, where it was and where it went. */
export interface FactMove {
  type: RelationType;
  factId: string;
  fromId: string;
  toId: string;
  newFactId: string;
  newFromId: string;
  newToId: string;
  /** Evidence that moved with it (by id). */
  evidenceIds: string[];
}

/** A fact between the two entities (or a loop), removed and archived. */
export interface RemovedFact {
  type: RelationType;
  factId: string;
  fromId: string;
  toId: string;
}

export interface MergeSnapshot {
  version: 1;
  keepBefore: EntityLists;
  mergedLabels: string[];
  /** Moved to the kept entity as new relationships. */
  moved: FactMove[];
  /** Combined with a fact the kept entity already had (both archived). */
  combined: FactMove[];
  removed: RemovedFact[];
}

export function entityLists(entity: { [K in keyof EntityLists]?: unknown }): EntityLists {
  const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : null);
  return {
    aliases: list(entity.aliases),
    aliasKeys: list(entity.aliasKeys),
    roles: list(entity.roles),
    curatedAliases: list(entity.curatedAliases),
    curatedAliasKeys: list(entity.curatedAliasKeys),
    curatedRoles: list(entity.curatedRoles),
    curated: typeof entity.curated === 'boolean' ? entity.curated : null,
  };
}

/** The labels an entity can carry (the allow-list): :Entity and the labels of every kind. */
export const entityLabels: readonly string[] = [
  'Entity',
  ...new Set(Object.values(entityKinds).flatMap((kind) => kind.labels)),
];
