import { describe, expect, it } from "vitest";
import { createRateWindow } from "./rate-window.ts";

describe("createRateWindow", () => {
  it("passes the first hits of a window and refuses the rest until it ends", () => {
    const limiter = createRateWindow({ windowMs: 60_000, maxKeys: 100 });
    const start = 6_000_000;
    expect([1, 2, 3].map(() => limiter.hit("f:1.1.1.1", 2, start + 1000).ok)).toEqual([true, true, false]);
    expect(limiter.hit("f:1.1.1.1", 2, start + 1000)).toEqual({ ok: false, retryAfterMs: 59_000 });
    expect(limiter.hit("f:2.2.2.2", 2, start + 1000).ok).toBe(true);
    expect(limiter.hit("f:1.1.1.1", 2, start + 60_000).ok).toBe(true);
  });

  it("forgets the oldest keys beyond its capacity", () => {
    const limiter = createRateWindow({ windowMs: 60_000, maxKeys: 2 });
    limiter.hit("a", 1, 0);
    limiter.hit("b", 1, 0);
    limiter.hit("c", 1, 0);
    expect(limiter.hit("a", 1, 0).ok).toBe(true);
    expect(limiter.hit("c", 1, 0).ok).toBe(false);
  });
});
