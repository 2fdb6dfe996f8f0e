import type { Clock } from "@quartet/core";

/** What a rate limiter answers: go, or wait this many seconds. */
export type RateDecision = { ok: true } | { ok: false; retryInSeconds: number };

/**
 * A fixed-window counter per key (an organisation): at most `limit` calls a `windowMs`. Kept in
 * memory per server, so a cluster of N servers allows up to N × limit — enough to keep a
 * misbehaving page or script from spending the organisation's registry quota.
 */
export function createRateLimiter(clock: Clock, limit: number, windowMs = 60_000) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key: string): RateDecision {
      const now = clock.now();
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 });
        return { ok: true };
      }
      if (current.count >= limit) {
        return { ok: false, retryInSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)) };
      }
      current.count += 1;
      return { ok: true };
    },
  };
}
