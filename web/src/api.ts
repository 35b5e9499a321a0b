/**
 * Sends one operation to /graphql on the same origin and returns its data, or
 * throws an ApiError whose message a person can read: the server's own message
 * (BAD_USER_INPUT, NOT_FOUND, DATABASE_UNAVAILABLE), the HTTP status, or that
 * the service could not be reached.
 */
import type { Operation } from './queries';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const endpoint = '/graphql';

export async function request<T, V>(operation: Operation<V>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(operation),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(
      'The silkgraph service could not be reached. Check that it is running, then try again.',
      'NETWORK',
    );
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      `The service answered ${response.status} ${response.statusText} without a GraphQL result.`,
      'HTTP',
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  if (!response.ok || !body.data) throw new ApiError(`The service answered ${response.status} without data.`, 'HTTP');
  return body.data;
}
