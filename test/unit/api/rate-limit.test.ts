import { tokenBucket } from '../../../src/api/rate-limit';

describe('tokenBucket', () => {
  it('allows a burst of N a minute per key, then one every 60/N seconds', () => {
    const limiter = tokenBucket(3);
    expect([0, 1, 2].map(() => limiter.take('alice', 0).allowed)).toEqual([true, true, true]);
    expect(limiter.take('alice', 0)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take('bob', 0).allowed).toBe(true);
    expect(limiter.take('alice', 15_000)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    expect(limiter.take('alice', 20_000).allowed).toBe(true);
    expect(limiter.take('alice', 20_000).allowed).toBe(false);
  });

  it('never saves up more than N', () => {
    const limiter = tokenBucket(2);
    limiter.take('alice', 0);
    const after = [0, 1, 2].map(() => limiter.take('alice', 3_600_000).allowed);
    expect(after).toEqual([true, true, false]);
  });
});
