/**
 * Authorisation before anything runs: mutations need an editor key; queries
 * need a key only when READS_REQUIRE_KEY is set. A refused operation gets
 * UNAUTHENTICATED (401) or FORBIDDEN (403) and executes nothing, so no write
 * is ever partial.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { refusal } from '../auth';
import type { Context } from '../context';

export interface AuthOptions {
  /** Queries need a key too. Default false (READS_REQUIRE_KEY). */
  readsRequireKey?: boolean;
}

export function authPlugin(options: AuthOptions = {}): ApolloServerPlugin<Context> {
  const readsRequireKey = options.readsRequireKey ?? false;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const action = operation?.operation === 'mutation' ? 'write' : 'read';
          const refused = refusal(contextValue.caller, action, readsRequireKey);
          if (refused) {
            throw new GraphQLError(refused.message, {
              extensions: { code: refused.code, http: { status: refused.code === 'FORBIDDEN' ? 403 : 401 } },
            });
          }
        },
      };
    },
  };
}
