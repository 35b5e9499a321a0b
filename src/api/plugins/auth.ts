/**
 * Authorisation before anything runs: mutations need an editor key; queries
 * need a key only when READS_REQUIRE_KEY is set. A refused operation gets
 * UNAUTHENTICATED (401) or FORBIDDEN (403) and executes nothing, so no write
 * is ever partial. With WRITE_RATE_LIMIT, an editor over its writes per minute
 * gets RATE_LIMITED (429, Retry-After) and nothing runs either.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { refusal, type Caller } from '../auth';
import type { Context } from '../context';
import { tokenBucket } from '../rate-limit';

export interface AuthOptions {
  /** Queries need a key too. Default false (READS_REQUIRE_KEY). */
  readsRequireKey?: boolean;
  /** Writes per minute per API key; 0 or unset: no limit (WRITE_RATE_LIMIT). */
  writesPerMinute?: number;
}

function refusalError(refused: NonNullable<ReturnType<typeof refusal>>): GraphQLError {
  return new GraphQLError(refused.message, {
    extensions: { code: refused.code, http: { status: refused.code === 'FORBIDDEN' ? 403 : 401 } },
  });
}

/**
 * The caller, or a refusal when it may do nothing at all: a key that matches
 * none, or no key while reads need one. Called while Apollo builds the
 * context, that is before the operation is parsed or validated, so such a
 * caller learns nothing of the schema: no validation messages, no "Did you
 * mean" suggestions, no introspection.
 */
export function admittedCaller(caller: Caller, options: AuthOptions = {}): Caller {
  const refused = refusal(caller, 'read', options.readsRequireKey ?? false);
  if (refused) throw refusalError(refused);
  return caller;
}

export function authPlugin(options: AuthOptions = {}): ApolloServerPlugin<Context> {
  const readsRequireKey = options.readsRequireKey ?? false;
  const writeLimiter = options.writesPerMinute ? tokenBucket(options.writesPerMinute) : undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const action = operation?.operation === 'mutation' ? 'write' : 'read';
          const refused = refusal(contextValue.caller, action, readsRequireKey);
          if (refused) throw refusalError(refused);
          const caller = contextValue.caller;
          if (action === 'write' && writeLimiter && caller.kind === 'key') {
            const admission = writeLimiter.take(caller.name);
            if (!admission.allowed) {
              throw new GraphQLError(
                `Too many writes: this API key may make ${options.writesPerMinute} writes per minute (WRITE_RATE_LIMIT); retry in ${admission.retryAfterSeconds} s.`,
                {
                  extensions: {
                    code: 'RATE_LIMITED',
                    retryAfterSeconds: admission.retryAfterSeconds,
                    http: { status: 429, headers: new Map([['retry-after', String(admission.retryAfterSeconds)]]) },
                  },
                },
              );
            }
          }
        },
      };
    },
  };
}
