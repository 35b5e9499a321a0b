/**
 * Watchlists: createWatch, deleteWatch, watches, Watch.deliveries and the factEvents subscription.
 * Every one needs an API key (a watch belongs to its key's name); mutations need an editor key
 * anyway (plugins/auth.ts).
 */
import { SilkgraphError } from '../../errors';
import { readDeliveries } from '../../graph/watch/outbox';
import { createWatch, deleteWatch, listWatches, ownWatch, type CreateWatchInput } from '../../graph/watch/watches';
import type { WatchRow } from '../../graph/statements';
import type { Caller } from '../auth';
import { bounded } from '../arguments';
import type { Context } from '../context';

/** The key's name: watches are a key's own, so they need one. */
function owner(caller: Caller): string {
  if (caller.kind === 'key') return caller.name;
  throw new SilkgraphError(
    'UNAUTHENTICATED',
    'Watches belong to an API key: send "Authorization: Bearer <key>" (over graphql-ws: in connectionParams).',
  );
}

export const watchQueries = {
  watches: (_: unknown, __: unknown, { graph, caller }: Context) => listWatches(graph, owner(caller)),
};

export const watchMutations = {
  createWatch: (_: unknown, { input }: { input: CreateWatchInput }, { graph, caller, watches }: Context) =>
    createWatch(graph, input, owner(caller), watches.webhookHosts),
  deleteWatch: async (_: unknown, { id }: { id: string }, { graph, caller }: Context) => ({
    id: (await deleteWatch(graph, id, owner(caller))).id,
  }),
};

export const watchSubscriptions = {
  factEvents: {
    // The watch is checked before the first event: another key's or an unknown id is NOT_FOUND.
    subscribe: async (_: unknown, { watchId }: { watchId: string }, { graph, caller, watches }: Context) => {
      await ownWatch(graph, watchId, owner(caller));
      return watches.hub.events(watchId);
    },
    resolve: (event: unknown) => event,
  },
};

export const watchTypes = {
  Watch: {
    deliveries: (watch: WatchRow, args: { first?: number | null }, { graph }: Context) =>
      readDeliveries(graph, watch.id, bounded('Watch.deliveries(first:)', 'first', args.first ?? 20)),
  },
};
