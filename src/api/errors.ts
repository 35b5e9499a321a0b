/**
 * The edge of error handling: SilkgraphErrors keep their message and code;
 * GraphQL's own validation errors pass through; anything else is masked as
 * INTERNAL_SERVER_ERROR outside development, so no driver or stack detail leaks.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
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
