/**
 * Every GraphQL answer over HTTP says `Cache-Control: no-store`: answers depend
 * on the caller's key and on a graph that changes with every ingest.
 *
 * Apollo's default cache-control plugin would send the same header here (the
 * schema gives no cache hints), but it does so by hooking every field of every
 * request (willResolveField) to compute a cache policy that is always "not
 * cacheable": a measurable share of the server's CPU for a small read. It is
 * disabled (ApolloServerPluginCacheControlDisabled) and this sets the header.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Context } from '../context';

export function noStorePlugin(): ApolloServerPlugin<Context> {
  // One listener for all requests: it holds no state of its own.
  const listener: GraphQLRequestListener<Context> = {
    async willSendResponse({ response }) {
      response.http.headers.set('cache-control', 'no-store');
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
