import { describe, expect, it } from "vitest";
import { businessDate, lastDays } from "./date-range.ts";

describe("lastDays", () => {
  it("spans the given number of days ending today", () => {
    const now = new Date(2026, 2, 8, 15, 30).getTime();
    expect(lastDays(now, 7)).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(lastDays(now, 1)).toEqual({ from: "2026-03-08", to: "2026-03-08" });
  });
  it("pads months and days", () => {
    expect(businessDate(new Date(2026, 0, 5, 1, 0).getTime())).toBe("2026-01-05");
  });
});
