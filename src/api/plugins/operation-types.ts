/**
 * Only queries and mutations are served over HTTP. Subscriptions (factEvents) are
 * served over WebSocket (src/http/subscriptions.ts); Apollo would fail one sent
 * over HTTP while executing it, reported as an INTERNAL_SERVER_ERROR, so this
 * refuses it before anything runs and says where to send it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';

export function operationTypesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions are served over WebSocket (graphql-ws, subprotocol graphql-transport-ws) at /graphql, not over HTTP.',
            {
              extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
