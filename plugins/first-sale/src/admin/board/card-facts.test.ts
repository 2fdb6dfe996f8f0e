import { describe, expect, it } from "vitest";
import { companyLine, dueState, localToday } from "./card-facts.ts";

describe("dueState", () => {
  it.each([
    [null, "2026-12-07", null],
    ["", "2026-12-07", null],
    ["2026-12-06", "2026-12-07", "overdue"],
    ["2025-12-31", "2026-01-01", "overdue"],
    ["2026-12-07", "2026-12-07", "ahead"],
    ["2026-12-08", "2026-12-07", "ahead"],
  ])("%s on %s is %s", (dueOn, today, state) => {
    expect(dueState(dueOn, today)).toBe(state);
  });
});

describe("localToday", () => {
  it("writes the local date with leading zeros", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("companyLine", () => {
  it.each([
    ["ООО Ромашка", "ООО Ромашка", null],
    ["ооо ромашка ", "ООО Ромашка", null],
    ["Сыр на год", "ООО Ромашка", "ООО Ромашка"],
    ["Сыр на год", "", null],
  ])("%s for %s shows %s", (title, client, line) => {
    expect(companyLine(title, client)).toBe(line);
  });
});
