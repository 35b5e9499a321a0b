/**
 * Curation mutations: each maps its arguments to one src/graph/curation function.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { changeAuthor } from '../author';
import type { Context } from '../context';
import type { Graph } from '../../graph/driver';
import { addFact, type AddFactInput } from '../../graph/curation/add-fact';
import { mergeEntities } from '../../graph/curation/merge-entities';
import { retractFact } from '../../graph/curation/retract-fact';
import { unmergeEntities } from '../../graph/curation/unmerge-entities';
import { upsertEntity, type UpsertEntityInput } from '../../graph/curation/upsert-entity';
import { readEntity } from '../../graph/read/entities';
import { child, rootTree, type Tree } from '../lookahead';
import { entityShape } from './entity-shape';

/** What an entity has beyond its reference fields (id, kind, name, roles): fetched by entity(id) and entities. */
const collections = ['aliases', 'facts', 'documents', 'investors', 'portfolio'];

/**
 * The entity a write answers with. Its concrete type lets a client select `... on Entity { aliases facts }`;
 * when it does, the entity is read again after the write with that selection, so the answer is complete
 * instead of an error after a committed write.
 */
async function answered<T extends { id: string }>(graph: Graph, entity: T, selection: Tree | undefined) {
  if (!collections.some((field) => child(selection, field))) return entity;
  return (await readEntity(graph, entity.id, entityShape(selection))) ?? entity;
}

export const curationMutations = {
  upsertEntity: async (
    _: unknown,
    { input }: { input: UpsertEntityInput },
    { graph, caller }: Context,
    info: GraphQLResolveInfo,
  ) => answered(graph, await upsertEntity(graph, input, changeAuthor(caller)), rootTree(info)),
  addFact: (_: unknown, { input }: { input: AddFactInput }, { graph, caller }: Context) =>
    addFact(graph, input, changeAuthor(caller)),
  retractFact: (_: unknown, { id }: { id: string }, { graph, caller }: Context) =>
    retractFact(graph, id, changeAuthor(caller)),
  mergeEntities: async (
    _: unknown,
    { keep, merge }: { keep: string; merge: string },
    { graph, caller }: Context,
    info: GraphQLResolveInfo,
  ) => {
    const result = await mergeEntities(graph, keep, merge, changeAuthor(caller));
    return { ...result, keep: await answered(graph, result.keep, child(rootTree(info), 'keep')) };
  },
  unmergeEntities: async (
    _: unknown,
    { mergeId }: { mergeId: string },
    { graph, caller }: Context,
    info: GraphQLResolveInfo,
  ) => answered(graph, await unmergeEntities(graph, mergeId, changeAuthor(caller)), rootTree(info)),
};
