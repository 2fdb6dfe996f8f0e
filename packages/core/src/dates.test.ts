import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  isoWeekday,
  monthKey,
  monthsBetween,
  quarterKey,
  quarterStart,
  wholeMonthsBetween,
  windowStart,
} from "./dates.ts";

describe("addDays", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-01-15", 0, "2026-01-15"],
    ["2026-01-15", -90, "2025-10-17"],
  ])("%s + %d days = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe("daysBetween and monthsBetween", () => {
  it.each([
    ["2026-01-01", "2026-01-01", 0, 0],
    ["2026-01-01", "2026-01-31", 30, 0],
    ["2026-01-31", "2026-03-01", 29, 2],
    ["2028-01-31", "2028-03-01", 30, 2],
    ["2026-03-28", "2026-03-30", 2, 0],
    ["2025-12-31", "2026-01-01", 1, 1],
    ["2026-02-10", "2026-02-01", -9, 0],
    ["2026-03-15", "2025-03-15", -365, -12],
  ])("%s → %s is %d days, %d calendar months", (a, b, days, months) => {
    expect([daysBetween(a, b), monthsBetween(a, b)]).toEqual([days, months]);
  });

  it("counts months between month keys too", () => {
    expect(monthsBetween("2026-01", "2026-12")).toBe(11);
  });
});

describe("addMonths", () => {
  it.each([
    ["2026-01-15", 1, "2026-02-15"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2028-02-29", -12, "2027-02-28"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-05-31", 1, "2026-06-30"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2026-01-10", -13, "2024-12-10"],
    ["2026-07-31", 0, "2026-07-31"],
  ])("%s + %d months = %s", (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe("months and quarters", () => {
  it.each([
    ["2026-03-15", "2026-03", "2026-Q1", "2026-01-01"],
    ["2026-04-01", "2026-04", "2026-Q2", "2026-04-01"],
    ["2028-02-29", "2028-02", "2028-Q1", "2028-01-01"],
    ["2026-09-30", "2026-09", "2026-Q3", "2026-07-01"],
    ["2026-12-31", "2026-12", "2026-Q4", "2026-10-01"],
  ])("%s is in %s, %s starting %s", (date, month, quarter, start) => {
    expect([monthKey(date), quarterKey(date), quarterStart(date)]).toEqual([month, quarter, start]);
  });
});

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
