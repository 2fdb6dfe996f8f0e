import { describe, expect, it } from "vitest";
import { nextAttempt, webhookRetryPolicy } from "./retry.ts";

describe("nextAttempt", () => {
  it.each([
    [1, 0, { dead: false, delayMs: 10_000 }],
    [1, 0.5, { dead: false, delayMs: 7_500 }],
    [1, 0.999, { dead: false, delayMs: 5_005 }],
    [2, 0, { dead: false, delayMs: 20_000 }],
    [3, 0, { dead: false, delayMs: 40_000 }],
    [7, 0, { dead: false, delayMs: 640_000 }],
    [8, 0, { dead: true }],
    [9, 0.3, { dead: true }],
  ] as const)("after attempt %i with jitter %d", (attempts, jitter, expected) => {
    expect(nextAttempt(webhookRetryPolicy, attempts, jitter)).toEqual(expected);
  });

  it("never waits longer than the cap, nor less than half of it", () => {
    const policy = { baseDelayMs: 1000, maxDelayMs: 60_000, maxAttempts: 40 };
    expect(nextAttempt(policy, 30, 0)).toEqual({ dead: false, delayMs: 60_000 });
    expect(nextAttempt(policy, 30, 1)).toEqual({ dead: false, delayMs: 30_000 });
  });
});
