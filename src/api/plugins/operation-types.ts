/**
 * Only queries and mutations are served. The schema has no Subscription type,
 * so graphql-js would fail a subscription while executing it ("Schema is not
 * configured to execute subscription operation."), which Apollo reports as an
 * INTERNAL_SERVER_ERROR; this refuses it before anything runs and says why.
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
          throw new GraphQLError('Subscriptions are not supported yet: send a query or a mutation.', {
            extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
