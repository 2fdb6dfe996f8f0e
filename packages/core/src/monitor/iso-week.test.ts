import { describe, expect, it } from "vitest";
import { isoWeekMonday, isoWeekOf, lastIsoWeeks } from "./iso-week.ts";

describe("ISO weeks", () => {
  it.each([
    ["2026-12-07", "2026-W50"],
    ["2026-12-13", "2026-W50"],
    ["2026-12-14", "2026-W51"],
    ["2027-01-01", "2026-W53"],
    ["2027-01-04", "2027-W01"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
  ])("%s is in %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it.each([
    ["2026-W50", "2026-12-07"],
    ["2025-W01", "2024-12-30"],
    ["2020-W53", "2020-12-28"],
  ] as const)("%s starts on %s", (week, monday) => {
    expect(isoWeekMonday(week)).toBe(monday);
  });

  it("lists the last weeks oldest first, across a year with 53 weeks", () => {
    expect(lastIsoWeeks("2027-01-06", 3)).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(lastIsoWeeks("2026-12-07", 12)).toHaveLength(12);
    expect(lastIsoWeeks("2026-12-07", 12).at(0)).toBe("2026-W39");
  });
});
