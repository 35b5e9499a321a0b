/**
 * The webhook's signature and retry schedule, as a receiver and an operator rely on them.
 */
import { createHmac } from 'node:crypto';
import { retryDelayMs, signBody } from '../../../src/api/watch/webhook';

describe('webhook deliveries', () => {
  it('sign the exact body with HMAC-SHA256 of the watch secret, as sha256=<hex>', () => {
    const body = '{"operation":"INGEST_DOCUMENT"}';
    expect(signBody(body, 'secret-one')).toBe(
      `sha256=${createHmac('sha256', 'secret-one').update(body).digest('hex')}`,
    );
    expect(signBody(body, 'secret-one')).not.toBe(signBody(body, 'secret-two'));
    expect(signBody(`${body} `, 'secret-one')).not.toBe(signBody(body, 'secret-one'));
  });

  it('retry after the base delay, doubling each time, at most an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(30, 1000)).toBe(3_600_000);
  });
});
