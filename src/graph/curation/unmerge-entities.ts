/**
 * Undoes a merge (merge-entities.ts): the placeholder becomes the merged
 * entity again, the kept entity gets back its names, keys and roles, moved
 * facts, evidence and mentions go back, combined facts come apart and removed
 * ones return from the judgement's archive. When nothing else changed the two
 * entities in between, the graph is exactly as before the merge. Later merges
 * that involve the same entities must be undone first. One write transaction.
 */
import { badInput, notFound, SilkgraphError } from '../../errors';
import { recordChange, systemAuthor } from '../audit/record-change';
import type { Graph } from '../driver';
import type { EntityRef } from './input';
import { entityLabels, type MergeSnapshot } from './merge-record';

/** `by`: who the audit log records as undoing the merge (an API key's name, or "system"). */
export async function unmergeEntities(graph: Graph, mergeId: string, by = systemAuthor): Promise<EntityRef> {
  return graph.writeTransaction(async (tx) => {
    const [state] = await tx.run('curation/unmerge-read', { mergeId });
    if (!state?.found) throw notFound('merge', mergeId);
    if (state.undone) throw badInput('mergeId', 'this merge has already been undone');
    const later = state.laterMerges;
    if (later.length > 0) {
      throw new SilkgraphError(
        'BAD_USER_INPUT',
        `mergeId: later merges involve the same entities; undo them first, latest first: ${later.join(', ')}`,
        { argument: 'mergeId', laterMerges: later },
      );
    }
    const { keepId, mergedId } = state;
    if (!state.keepFound || !state.placeholderFound) {
      throw badInput('mergeId', `the kept entity ${JSON.stringify(keepId)} or the merged placeholder is gone`);
    }
    if (state.idTaken) {
      throw badInput(
        'mergeId',
        `an entity with the merged id ${JSON.stringify(mergedId)} exists again; merge it into ${JSON.stringify(keepId)} first`,
      );
    }
    const snapshot = JSON.parse(state.snapshot) as MergeSnapshot;
    const params = { mergeId, keepId, mergedId };

    const [restored] = await tx.run('curation/unmerge-restore-entities', {
      ...params,
      labels: snapshot.mergedLabels.filter((label) => entityLabels.includes(label)),
      keep: snapshot.keepBefore,
    });
    await tx.run('curation/unmerge-restore-moved', { moves: snapshot.moved });
    await tx.run('curation/unmerge-restore-combined', { mergeId, moves: snapshot.combined });
    await tx.run('curation/unmerge-restore-removed', { mergeId, removed: snapshot.removed });
    await tx.run('curation/unmerge-restore-evidence', { moves: [...snapshot.moved, ...snapshot.combined] });
    await tx.run('curation/unmerge-restore-judgements', { mergeId, moves: [...snapshot.moved, ...snapshot.combined] });
    await tx.run('curation/unmerge-restore-mentions', params);
    await tx.run('curation/unmerge-finish', { mergeId });
    const moves = [...snapshot.moved, ...snapshot.combined];
    await recordChange(tx, {
      by,
      operation: 'UNMERGE_ENTITIES',
      entityIds: [keepId, mergedId, ...moves.flatMap((move) => [move.fromId, move.toId])],
      factIds: [...snapshot.removed.map((fact) => fact.factId), ...moves.flatMap((m) => [m.factId, m.newFactId])],
      before: { mergeId },
      after: { keep: { id: keepId }, merged: { id: mergedId, name: restored!.merged.name } },
    });
    return restored!.merged;
  });
}
