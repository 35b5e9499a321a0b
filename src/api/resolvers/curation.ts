/**
 * Curation mutations: each maps its arguments to one src/graph/curation function.
 */
import type { Context } from '../context';
import { addFact, type AddFactInput } from '../../graph/curation/add-fact';
import { mergeEntities } from '../../graph/curation/merge-entities';
import { retractFact } from '../../graph/curation/retract-fact';
import { unmergeEntities } from '../../graph/curation/unmerge-entities';
import { upsertEntity, type UpsertEntityInput } from '../../graph/curation/upsert-entity';

export const curationMutations = {
  upsertEntity: (_: unknown, { input }: { input: UpsertEntityInput }, { graph }: Context) => upsertEntity(graph, input),
  addFact: (_: unknown, { input }: { input: AddFactInput }, { graph }: Context) => addFact(graph, input),
  retractFact: (_: unknown, { id }: { id: string }, { graph }: Context) => retractFact(graph, id),
  mergeEntities: (_: unknown, { keep, merge }: { keep: string; merge: string }, { graph }: Context) =>
    mergeEntities(graph, keep, merge),
  unmergeEntities: (_: unknown, { mergeId }: { mergeId: string }, { graph }: Context) =>
    unmergeEntities(graph, mergeId),
};
