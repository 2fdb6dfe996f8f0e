import { describe, expect, it } from "vitest";
import { isReviewDue, nextReviewOn } from "./review.ts";

describe("nextReviewOn", () => {
  it.each([
    ["quarterly after the last review", "2025-11-30", "2025-01-10", 3, "2026-02-28"],
    ["never reviewed: a period after entering the tier", null, "2026-01-15", 3, "2026-04-15"],
    ["a review from an earlier spell does not count", "2024-05-01", "2026-01-15", 6, "2026-07-15"],
    ["yearly", "2025-02-28", "2024-01-01", 12, "2026-02-28"],
    ["monthly from the 31st", "2026-01-31", "2025-01-01", 1, "2026-02-28"],
  ])("%s", (_, lastReviewOn, tierSince, periodMonths, expected) => {
    expect(nextReviewOn({ lastReviewOn, tierSince, periodMonths })).toBe(expected);
  });
});

describe("isReviewDue", () => {
  it.each([
    ["2026-02-28", "2026-02-27", false],
    ["2026-02-28", "2026-02-28", true],
    ["2026-02-28", "2026-03-10", true],
  ])("next %s, today %s → %s", (nextOn, today, due) => {
    expect(isReviewDue(nextOn, today)).toBe(due);
  });
});
