/**
 * Sends one operation to /graphql on the same origin and returns its data, or
 * throws an ApiError whose message a person can read: the server's own message
 * (BAD_USER_INPUT, NOT_FOUND, DATABASE_UNAVAILABLE), the HTTP status, or that
 * the service could not be reached. When the server needs an API key
 * (UNAUTHENTICATED), or a key with more rights (FORBIDDEN: a reader key sending
 * a judgement), the user is asked for one (api-key.ts) and the operation is sent
 * again with it.
 */
import { askForKey, forgetKey, storedKey } from './api-key';
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
  for (;;) {
    const key = storedKey();
    try {
      return await send<T, V>(operation, key, signal);
    } catch (error) {
      if (!(error instanceof ApiError) || (error.code !== 'UNAUTHENTICATED' && error.code !== 'FORBIDDEN')) throw error;
      // Another request may have been given a new key meanwhile: try that one first.
      if (key !== null && storedKey() !== key) continue;
      const writing = operation.query.trimStart().startsWith('mutation');
      let problem: string | undefined;
      if (error.code === 'FORBIDDEN') {
        // A reader key on a judgement (the review page): the key is good for reading, so it stays until replaced.
        problem = `${error.message} Enter an editor key, or choose Cancel.`;
      } else if (key !== null) {
        forgetKey();
        problem = `That key was not accepted (${error.message}). Enter another key, or choose Cancel.`;
      }
      if ((await askForKey(problem)) === null)
        throw new ApiError(
          writing
            ? 'This change needs an editor API key: choose “API key…” to enter one.'
            : 'Reading this graph needs an API key: choose “API key…” to enter one.',
          error.code,
        );
    }
  }
}

async function send<T, V>(operation: Operation<V>, key: string | null, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      },
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
