import { afterFailure, type RetryPolicy } from "../events/backoff.ts";

/** Webhook retries: 10 s, 20 s, 40 s … capped at six hours, each less up to half by jitter; dead after 8 attempts. */
export const webhookRetryPolicy: RetryPolicy = {
  baseDelayMs: 10_000,
  maxDelayMs: 6 * 3_600_000,
  maxAttempts: 8,
};

/**
 * What follows the `attempts`-th failed attempt: dead once the attempts are used up, else a wait
 * that doubles each time (the event bus's backoff) with jitter — a random `jitter` in [0, 1)
 * takes up to half off, so receivers that came back together are not hit by every sender at once.
 *
 * @example nextAttempt(webhookRetryPolicy, 2, 0.5) // { dead: false, delayMs: 15_000 }
 */
export function nextAttempt(
  policy: RetryPolicy,
  attempts: number,
  jitter: number,
): { dead: true } | { dead: false; delayMs: number } {
  const next = afterFailure(policy, attempts);
  if (next.dead) return next;
  return { dead: false, delayMs: Math.round(next.delayMs * (1 - Math.min(Math.max(jitter, 0), 1) / 2)) };
}
