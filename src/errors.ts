/**
 * The error codes clients can see, each with its HTTP status. A SilkgraphError
 * is thrown where the problem is known; the API's error plugin turns it into a
 * GraphQL error with `extensions.code`, and masks everything else.
 */
export const errorCodes = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 503,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class SilkgraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SilkgraphError';
  }

  get httpStatus(): number {
    return errorCodes[this.code];
  }
}

export const badInput = (argument: string, message: string): SilkgraphError =>
  new SilkgraphError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });

export const notFound = (what: string, id: string): SilkgraphError =>
  new SilkgraphError('NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}`, { id });
