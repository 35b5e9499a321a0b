/**
 * GraphQL subscriptions over graphql-ws (WebSocket, subprotocol graphql-transport-ws) on the same
 * /graphql path as HTTP, on the same executable schema Apollo serves. The API key comes in the
 * connection's connectionParams ({"authorization": "Bearer <key>"} or {"x-api-key": "<key>"}): a
 * connection without a valid key is closed (4403 Forbidden), as every subscription needs one.
 * Only subscriptions run here (queries and mutations go over HTTP, where the auth plugin, rate
 * limit and error masking apply); each is parsed and validated with the same query limits.
 */
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { identify, type ApiKey, type Caller } from '../api/auth';
import type { Context } from '../api/context';
import { createFormatError } from '../api/errors';
import { queryLimits, type QueryLimitsOptions } from '../api/plugins';
import type { Logger } from '../log';

export interface SubscriptionOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  apiKeys: ApiKey[];
  limits: QueryLimitsOptions;
  maskInternal: boolean;
  log: Logger;
  /** The resolvers' context for a caller. */
  context: (caller: Caller) => Context;
}

/** connectionParams as the headers identify() reads. */
function callerOf(params: Readonly<Record<string, unknown>> | undefined, apiKeys: ApiKey[]): Caller {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return identify(
    { authorization: text(params?.authorization ?? params?.Authorization), 'x-api-key': text(params?.['x-api-key']) },
    apiKeys,
  );
}

/** Serves subscriptions; returns a function that closes every socket. */
export function serveSubscriptions(options: SubscriptionOptions): () => Promise<void> {
  const { schema, apiKeys, log } = options;
  const limits = queryLimits(options.limits);
  const rules = [...specifiedRules, ...limits.validationRules];
  const formatError = createFormatError({ maskInternal: options.maskInternal, log });
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const cleanup = useServer<Record<string, unknown> | undefined>(
    {
      schema,
      onConnect: (ctx) => callerOf(ctx.connectionParams, apiKeys).kind === 'key',
      onSubscribe: (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription')
          return [
            new GraphQLError('Only subscriptions are served over WebSocket: send queries and mutations over HTTP.'),
          ];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: options.context(callerOf(ctx.connectionParams, apiKeys)),
        };
      },
      // Errors as HTTP gives them: a SilkgraphError with its code (NOT_FOUND ...), anything else masked.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : result,
    },
    wsServer,
  );
  return async () => {
    await cleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
