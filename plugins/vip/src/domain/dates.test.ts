import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isoWeekday, wholeMonthsBetween, windowStart } from "./dates.ts";
import { completedQuarters, quarterOf } from "./quarters.ts";

describe("business dates", () => {
  it.each([
    ["2025-12-31", 1, "2026-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2025-03-30", 0, "2025-03-30"],
  ])("addDays(%s, %d) = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it.each([
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-03-15", -12, "2024-03-15"],
    ["2025-01-15", -1, "2024-12-15"],
    ["2025-11-30", 3, "2026-02-28"],
    ["2025-05-31", -3, "2025-02-28"],
  ])("addMonths(%s, %d) = %s", (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it.each([
    ["2025-01-31", "2025-02-28", 1],
    ["2025-01-31", "2025-02-27", 0],
    ["2023-06-15", "2025-06-14", 23],
    ["2023-06-15", "2025-06-15", 24],
    ["2025-06-15", "2025-06-01", 0],
  ])("wholeMonthsBetween(%s, %s) = %d", (a, b, expected) => {
    expect(wholeMonthsBetween(a, b)).toBe(expected);
  });

  it("a 12-month window ends on the date and starts the day after a year before", () => {
    expect(windowStart("2026-03-15", 12)).toBe("2025-03-16");
    expect(windowStart("2026-02-28", 1)).toBe("2026-01-29");
  });

  it.each([
    ["2025-11-01", 6],
    ["2025-11-03", 1],
    ["2025-11-09", 7],
  ])("%s is ISO weekday %d", (date, day) => {
    expect(isoWeekday(date)).toBe(day);
  });
});

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
