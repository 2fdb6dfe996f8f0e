import { describe, expect, it } from "vitest";
import { completedQuarters, quarterOf } from "./quarters.ts";

describe("quarters", () => {
  it.each([
    ["2025-01-01", "2025-Q1", "2025-01-01", "2025-03-31"],
    ["2025-08-20", "2025-Q3", "2025-07-01", "2025-09-30"],
    ["2024-12-31", "2024-Q4", "2024-10-01", "2024-12-31"],
  ])("%s is in %s (%s … %s)", (date, key, first, last) => {
    expect(quarterOf(date)).toEqual({ key, first, last });
  });

  it("lists the completed quarters before today's, newest first", () => {
    expect(completedQuarters("2026-02-10", 3).map((q) => q.key)).toEqual(["2025-Q4", "2025-Q3", "2025-Q2"]);
    expect(completedQuarters("2026-03-31", 1).map((q) => q.key)).toEqual(["2025-Q4"]);
    expect(completedQuarters("2026-04-01", 1).map((q) => q.key)).toEqual(["2026-Q1"]);
    expect(completedQuarters("2026-04-01", 0)).toEqual([]);
  });
});
