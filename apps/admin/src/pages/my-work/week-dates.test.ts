import { describe, expect, it } from "vitest";
import { shiftDate, weekOf } from "./week-dates.ts";

describe("week dates", () => {
  it.each([
    ["2026-12-07", "2026-12-07", "2026-12-13"],
    ["2026-12-13", "2026-12-07", "2026-12-13"],
    ["2027-01-01", "2026-12-28", "2027-01-03"],
    ["2028-02-29", "2028-02-28", "2028-03-05"],
  ])("puts %s in the week %s – %s", (date, monday, sunday) => {
    const week = weekOf(date);
    expect([week[0], week[6], week.length]).toEqual([monday, sunday, 7]);
  });

  it("steps whole weeks across a year's end", () => {
    expect(shiftDate("2026-12-28", 7)).toBe("2027-01-04");
    expect(shiftDate("2027-01-04", -7)).toBe("2026-12-28");
  });
});
