/**
 * Merges a duplicate entity into the one to keep, as a judgement that can be
 * undone (unmerge-entities.ts restores the graph exactly). Everything of the
 * merged entity moves to the kept one: its facts in both directions (with new
 * factIds and their evidence), its mentions, its names, keys and roles, and
 * its name becomes a curated alias. Collisions:
 *   - a fact the kept entity already has (same type, other end and key
 *     properties, hence the same new factId) is combined with it: values of the
 *     kept fact win and missing ones are filled in, sources are added up less
 *     the documents both share, confidence/lastSeen highest, firstSeen lowest,
 *     stated if either is, extractors and curation united;
 *   - a fact between the two entities (or a loop on the merged one) would be a
 *     loop and is removed.
 * Both kinds are archived under the judgement. The merged entity stays as a
 * (:MergedEntity) placeholder, -[:SAME_AS]-> the kept one. One write transaction.
 */
import { randomUUID } from 'node:crypto';
import { badInput, SilkgraphError } from '../../errors';
import { factId } from '../../model/ids';
import { relations, relationTypes } from '../../model';
import { recordChange, systemAuthor } from '../audit/record-change';
import type { Graph } from '../driver';
import type { StoredEntity, StoredFact } from '../statements';
import { unique, type EntityRef } from './input';
import {
  entityLabels,
  entityLists,
  type EntityLists,
  type FactMove,
  type MergeSnapshot,
  type RemovedFact,
} from './merge-record';

export interface MergeOutcome {
  /** The judgement's id: give it to unmergeEntities to undo the merge. */
  mergeId: string;
  keep: EntityRef;
  mergedId: string;
  mergedName: string;
  factsMoved: number;
  factsCombined: number;
  factsRemoved: number;
  mentionsMoved: number;
  evidenceMoved: number;
}

const missing = (argument: 'keep' | 'merge', id: string) =>
  new SilkgraphError('NOT_FOUND', `${argument}: no entity with id ${JSON.stringify(id)}`, { argument, id });

/** Where each fact of the merged entity goes: removed (a loop to be), or moved to the kept entity. */
function planFacts(facts: StoredFact[], keepId: string, mergedId: string) {
  const removed: RemovedFact[] = [];
  const moves: Omit<FactMove, 'evidenceIds'>[] = [];
  for (const { type, factId: id, fromId, toId, props } of facts) {
    const ends = [fromId, toId];
    if (ends.includes(keepId) || (fromId === mergedId && toId === mergedId)) {
      removed.push({ type, factId: id, fromId, toId });
      continue;
    }
    let [newFromId, newToId] = ends.map((end) => (end === mergedId ? keepId : end)) as [string, string];
    if (relations[type].symmetric && newToId < newFromId) [newFromId, newToId] = [newToId, newFromId];
    moves.push({
      type,
      factId: id,
      fromId,
      toId,
      newFactId: factId(type, newFromId, newToId, props),
      newFromId,
      newToId,
    });
  }
  return { removed, moves };
}

/** The kept entity's lists after the merge: its own, plus the merged entity's and its name as a curated alias. */
function absorbLists(keep: StoredEntity, keepBefore: EntityLists, merged: StoredEntity): EntityLists {
  const mergedLists = entityLists(merged);
  const names = (lists: (string[] | null)[]) =>
    unique(lists.flatMap((list) => list ?? [])).filter((a) => a !== keep.name);
  const keys = (lists: (string[] | null)[]) => unique(lists.flatMap((list) => list ?? [])).filter((k) => k !== '');
  return {
    aliases: names([keepBefore.aliases, [merged.name], mergedLists.aliases]),
    aliasKeys: keys([keepBefore.aliasKeys, [merged.key], mergedLists.aliasKeys]),
    roles: unique([...(keepBefore.roles ?? []), ...(mergedLists.roles ?? [])]),
    curatedAliases: names([keepBefore.curatedAliases, [merged.name], mergedLists.curatedAliases]),
    curatedAliasKeys: keys([keepBefore.curatedAliasKeys, [merged.key], mergedLists.curatedAliasKeys]),
    curatedRoles:
      keepBefore.curatedRoles === null && mergedLists.curatedRoles === null
        ? null
        : unique([...(keepBefore.curatedRoles ?? []), ...(mergedLists.curatedRoles ?? [])]),
    curated: keepBefore.curated || mergedLists.curated ? true : keepBefore.curated,
  };
}

/** `by`: who the audit log records as merging (an API key's name, or "system"). */
export async function mergeEntities(
  graph: Graph,
  keepId: string,
  mergedId: string,
  by = systemAuthor,
): Promise<MergeOutcome> {
  if (keepId === mergedId) throw badInput('merge', 'an entity cannot be merged with itself');
  return graph.writeTransaction(async (tx) => {
    const [state] = await tx.run('curation/merge-read', { keepId, mergedId, factTypes: relationTypes });
    const keep = state?.keep;
    const merged = state?.merged;
    if (!keep) throw missing('keep', keepId);
    if (!merged) throw missing('merge', mergedId);
    if (keep.kind !== merged.kind) {
      throw badInput('merge', `only entities of the same kind can be merged (${merged.kind} into ${keep.kind})`);
    }

    const { removed, moves } = planFacts(state.facts, keepId, mergedId);
    const mergeId = `merge_${randomUUID()}`;
    const params = { mergeId, keepId, mergedId };
    const entityIds = unique([keepId, mergedId, ...moves.flatMap((move) => [move.newFromId, move.newToId])]);
    await tx.run('curation/merge-record', { ...params, entityIds });
    await tx.run('curation/merge-remove-facts', { mergeId, removed });
    const results = new Map(
      (await tx.run('curation/merge-move-facts', { mergeId, moves })).map((row) => [row.factId, row]),
    );
    if (results.size !== moves.length) throw new Error(`merge moved ${results.size} of ${moves.length} facts`);
    await tx.run('curation/merge-move-judgements', { mergeId, moves });
    const moved: FactMove[] = [];
    const combined: FactMove[] = [];
    for (const move of moves) {
      const result = results.get(move.factId)!;
      (result.combined ? combined : moved).push({ ...move, evidenceIds: result.evidenceIds });
    }
    const [mentions] = await tx.run('curation/merge-move-mentions', params);

    const keepBefore = entityLists(keep);
    const mergedLabels = (merged.labels ?? []).filter((label) => entityLabels.includes(label));
    const snapshot: MergeSnapshot = { version: 1, keepBefore, mergedLabels, moved, combined, removed };
    const [absorbed] = await tx.run('curation/merge-absorb', {
      ...params,
      keep: absorbLists(keep, keepBefore, merged),
      labels: mergedLabels,
      snapshot: JSON.stringify(snapshot),
    });
    const outcome = {
      mergeId,
      keep: absorbed!.keep,
      mergedId,
      mergedName: merged.name,
      factsMoved: moved.length,
      factsCombined: combined.length,
      factsRemoved: removed.length,
      mentionsMoved: Number(mentions?.moved ?? 0),
      evidenceMoved: [...moved, ...combined].reduce((sum, move) => sum + move.evidenceIds.length, 0),
    };
    await recordChange(tx, {
      by,
      operation: 'MERGE_ENTITIES',
      entityIds,
      factIds: [...removed.map((fact) => fact.factId), ...moves.flatMap((move) => [move.factId, move.newFactId])],
      before: { keep: { id: keepId, name: keep.name }, merged: { id: mergedId, name: merged.name } },
      after: {
        mergeId,
        factsMoved: outcome.factsMoved,
        factsCombined: outcome.factsCombined,
        factsRemoved: outcome.factsRemoved,
      },
    });
    return outcome;
  });
}
