/**
 * The watchlist operations the viewer sends ("Watch this" in a profile): the
 * calling key's watches, making a watch of one entity and deleting one. Pure:
 * no fetch here (see api.ts). A watch belongs to the key that made it, so
 * `watches` tells which nodes this key follows.
 */
import type { Operation } from './queries';

export interface WatchRef {
  id: string;
  name: string;
  entityIds: string[];
}

export interface WatchesAnswer {
  watches: WatchRef[];
}

export interface CreateWatchAnswer {
  createWatch: { watch: WatchRef };
}

export interface DeleteWatchAnswer {
  deleteWatch: { id: string };
}

const watchFields = 'id name entityIds';

export function watchesQuery(): Operation<Record<string, never>> {
  return { query: `query ViewerWatches { watches { ${watchFields} } }`, variables: {} };
}

/** A watch of one entity, every relation type, no webhook: its events come over factEvents. */
export function createWatchQuery(
  entityId: string,
  name: string,
): Operation<{ input: { name: string; entityIds: string[] } }> {
  return {
    query: `mutation ViewerCreateWatch($input: CreateWatchInput!) { createWatch(input: $input) { watch { ${watchFields} } } }`,
    variables: { input: { name, entityIds: [entityId] } },
  };
}

export function deleteWatchQuery(id: string): Operation<{ id: string }> {
  return { query: 'mutation ViewerDeleteWatch($id: ID!) { deleteWatch(id: $id) { id } }', variables: { id } };
}

/** The watches that follow an entity: those that name it alone can be stopped from its profile. */
export function watchesOf(watches: readonly WatchRef[], entityId: string): { own: WatchRef[]; shared: WatchRef[] } {
  const following = watches.filter((watch) => watch.entityIds.includes(entityId));
  return {
    own: following.filter((watch) => watch.entityIds.length === 1),
    shared: following.filter((watch) => watch.entityIds.length > 1),
  };
}
