/**
 * One webhook attempt: POST the event's JSON to the watch's URL, signed with the watch's secret
 * (X-Silkgraph-Signature: sha256=<hex HMAC-SHA256 of the body>), never following a redirect (a
 * 3xx counts as a failure: a redirect could lead to a host WEBHOOK_HOSTS does not allow).
 */
import { createHmac } from 'node:crypto';

export const signatureHeader = 'x-silkgraph-signature';

/** The signature of a body: what a receiver recomputes with the secret and compares (in constant time). */
export const signBody = (body: string, secret: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

export interface AttemptResult {
  delivered: boolean;
  statusCode: number | null;
  error: string | null;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
  return cause?.code ? `${message} (${cause.code})` : message;
}

export async function postEvent(
  url: string,
  body: string,
  secret: string,
  deliveryId: string,
  timeoutMs: number,
): Promise<AttemptResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'silkgraph-webhook',
        [signatureHeader]: signBody(body, secret),
        'x-silkgraph-delivery': deliveryId,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300)
      return { delivered: true, statusCode: response.status, error: null };
    const error =
      response.status >= 300 && response.status < 400
        ? `redirect to ${response.headers.get('location') ?? '(no location)'} not followed`
        : `HTTP ${response.status}`;
    return { delivered: false, statusCode: response.status, error };
  } catch (error) {
    return { delivered: false, statusCode: null, error: describe(error) };
  }
}

/** When to try again after `attempts` failed attempts: base, 2 x base, 4 x base, ... (at most an hour). */
export const retryDelayMs = (attempts: number, baseMs: number): number =>
  Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
