/**
 * The edge of error handling: SilkgraphErrors keep their message and code;
 * GraphQL's own validation errors pass through, and so do graphql-js's other
 * errors about the request itself that Apollo leaves without a code (such as
 * "Too many errors processing variables"), as BAD_USER_INPUT; anything else is masked as
 * INTERNAL_SERVER_ERROR outside development, so no driver or stack detail leaks.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { SilkgraphError } from '../errors';
import type { Logger } from '../log';

export function createFormatError(options: { maskInternal: boolean; log: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof SilkgraphError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (isRequestError(original))
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    options.log.error({ err: original, path: formatted.path }, 'internal error');
    if (!options.maskInternal) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** An error graphql-js raised about the request itself: nothing threw it (no original error) and no field ran (no path). */
function isRequestError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && !error.path;
}
