import { describe, expect, it } from "vitest";
import { businessDate, lastDays } from "./date-range.ts";

describe("lastDays", () => {
  it("spans the given number of days ending today", () => {
    const now = new Date(2026, 2, 8, 15, 30).getTime();
    expect(lastDays(now, 7)).toEqual({ from: "2026-03-02", to: "2026-03-08" });
    expect(lastDays(now, 1)).toEqual({ from: "2026-03-08", to: "2026-03-08" });
  });
  it("counts today in the organisation's zone, not the viewer's", () => {
    // 21:30 UTC on 7 December is already 8 December in Moscow.
    const lateEvening = Date.UTC(2026, 11, 7, 21, 30);
    expect(lastDays(lateEvening, 7, "Europe/Moscow")).toEqual({ from: "2026-12-02", to: "2026-12-08" });
    expect(lastDays(lateEvening, 1, "UTC")).toEqual({ from: "2026-12-07", to: "2026-12-07" });
  });
  it("pads months and days", () => {
    expect(businessDate(new Date(2026, 0, 5, 1, 0).getTime())).toBe("2026-01-05");
  });
});
