/**
 * WRITE_RATE_LIMIT: at most N writes per minute per API key, as a token bucket
 * (N tokens, refilled evenly over a minute, so a burst of N is allowed and
 * then one write every 60/N seconds). Keys come from API_KEYS, a fixed set, so
 * the table stays small. Per process: behind a load balancer each instance
 * counts its own writes.
 */
export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string, now?: number): Admission;
}

export function tokenBucket(perMinute: number): RateLimiter {
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = performance.now()) {
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
      bucket.at = now;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000) };
    },
  };
}
