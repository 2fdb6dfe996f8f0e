import { describe, expect, it } from "vitest";
import { afterFailure } from "./backoff.ts";

const policy = { baseDelayMs: 1000, maxDelayMs: 10_000, maxAttempts: 5 };

describe("afterFailure", () => {
  it.each([
    [1, { dead: false, delayMs: 1000 }],
    [2, { dead: false, delayMs: 2000 }],
    [3, { dead: false, delayMs: 4000 }],
    [4, { dead: false, delayMs: 8000 }],
    [5, { dead: true }],
    [9, { dead: true }],
  ])("after attempt %i", (attempts, expected) => {
    expect(afterFailure(policy, attempts)).toEqual(expected);
  });

  it("caps the delay", () => {
    expect(afterFailure({ ...policy, maxAttempts: 100 }, 20)).toEqual({ dead: false, delayMs: 10_000 });
  });
});
