/**
 * Cross-cutting concerns of the GraphQL server, in the order they apply.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import type { Context } from '../context';
import { authPlugin, type AuthOptions } from './auth';
import { noStorePlugin } from './no-store';
import { operationTypesPlugin } from './operation-types';

// Limits on one operation (tokens, depth, aliases, directives, cost), checked before it runs.
// Apollo takes them as parse options and validation rules: spread into the ApolloServer options.
export { queryLimits, queryLimitDefaults, type QueryLimitsOptions } from './limits';
// A caller that may do nothing at all is refused while the context is built, before parsing and validation.
export { admittedCaller } from './auth';

export function plugins(
  httpServer: Server,
  auth: AuthOptions = {},
  { drainGraceMs = 5_000 }: { drainGraceMs?: number } = {},
): ApolloServerPlugin<Context>[] {
  return [
    // Subscriptions refused with a clear error (first, so its answer wins over a refused write).
    operationTypesPlugin(),
    // Authorisation: mutations need an editor key, queries a key only when READS_REQUIRE_KEY is set.
    authPlugin(auth),
    // Graceful shutdown: stop accepting, close idle sockets, let in-flight requests finish for up to
    // drainGraceMs, then close their sockets too.
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainGraceMs }),
    // No landing page that loads from a CDN: the service must work offline (the IDE is src/http/graphql-ide.ts).
    ApolloServerPluginLandingPageDisabled(),
    // Cache-Control: no-store on every answer, without Apollo's per-field cache-policy hook (see no-store.ts).
    ApolloServerPluginCacheControlDisabled(),
    noStorePlugin(),
  ];
}
