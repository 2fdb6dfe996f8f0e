import { manualClock } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit.ts";

describe("createRateLimiter", () => {
  it("allows `limit` calls a window per key, then names the wait, then opens a new window", () => {
    const clock = manualClock(0);
    const limiter = createRateLimiter(clock, 2, 60_000);
    expect(limiter.take("org_a")).toEqual({ ok: true });
    expect(limiter.take("org_a")).toEqual({ ok: true });
    expect(limiter.take("org_b")).toEqual({ ok: true });
    clock.advance(15_500);
    expect(limiter.take("org_a")).toEqual({ ok: false, retryInSeconds: 45 });
    clock.advance(44_500);
    expect(limiter.take("org_a")).toEqual({ ok: true });
  });
});
