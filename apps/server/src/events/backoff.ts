/** Retry policy of event deliveries and jobs. */
export type RetryPolicy = { baseDelayMs: number; maxDelayMs: number; maxAttempts: number };

/** The defaults: 1 s, 2 s, 4 s … capped at one hour; dead after 8 attempts. */
export const defaultRetryPolicy: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 3_600_000, maxAttempts: 8 };

/**
 * What happens after the `attempts`-th failure: the delay before the next attempt
 * (exponential, capped) or `dead` once the attempts are used up.
 */
export function afterFailure(
  policy: RetryPolicy,
  attempts: number,
): { dead: true } | { dead: false; delayMs: number } {
  if (attempts >= policy.maxAttempts) return { dead: true };
  const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return { dead: false, delayMs };
}
