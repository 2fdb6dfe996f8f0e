import { describe, expect, it } from "vitest";
import { addDays, monthOf } from "./months.ts";

describe("monthOf", () => {
  it.each([
    ["2026-01-15", { month: "2026-01", first: "2026-01-01", last: "2026-01-31", next: "2026-02-01" }],
    ["2028-02-10", { month: "2028-02", first: "2028-02-01", last: "2028-02-29", next: "2028-03-01" }],
    ["2026-12-31", { month: "2026-12", first: "2026-12-01", last: "2026-12-31", next: "2027-01-01" }],
  ])("%s", (date, expected) => {
    expect(monthOf(date)).toEqual(expected);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-01-15", -90, "2025-10-17"],
  ])("%s + %d days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
