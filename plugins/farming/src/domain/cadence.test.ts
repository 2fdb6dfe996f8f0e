import { describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../contracts/rules.ts";
import { cadenceFor, contactDue, isOverdue } from "./cadence.ts";

const defaults = defaultFarmingRules.cadence;
const tiered = {
  rules: [
    { abc: "A" as const, minRevenueMinor: 1_000_000_00, days: 7 },
    { abc: "A" as const, minRevenueMinor: null, days: 14 },
    { abc: null, minRevenueMinor: 500_000_00, days: 21 },
  ],
  defaultDays: 90,
};

describe("cadenceFor", () => {
  it.each([
    ["the farmer's own setting wins", "A", 0, 5, defaults, { days: 5, source: "override" }],
    ["class A by default rules", "A", 0, null, defaults, { days: 14, source: "rule" }],
    ["class B by default rules", "B", 0, null, defaults, { days: 30, source: "rule" }],
    ["class C falls to the default", "C", 10_000_00, null, defaults, { days: 60, source: "default" }],
    ["no class falls to the default", null, 0, null, defaults, { days: 60, source: "default" }],
    ["a large A client takes the first rule", "A", 1_000_000_00, null, tiered, { days: 7, source: "rule" }],
    ["a smaller A client takes the next", "A", 999_999_99, null, tiered, { days: 14, source: "rule" }],
    [
      "revenue alone matches a rule without a class",
      "C",
      500_000_00,
      null,
      tiered,
      { days: 21, source: "rule" },
    ],
    [
      "a client without a class matches on revenue",
      null,
      600_000_00,
      null,
      tiered,
      { days: 21, source: "rule" },
    ],
    ["no rules at all", "A", 0, null, { rules: [], defaultDays: 45 }, { days: 45, source: "default" }],
  ] as const)("%s", (_name, abc, revenue12mMinor, overrideDays, rules, expected) => {
    expect(cadenceFor({ abc, revenue12mMinor, overrideDays }, rules)).toEqual(expected);
  });
});

describe("contactDue", () => {
  it.each([
    ["the last contact's local date plus the cadence", "2026-03-01T10:00:00Z", null, 14, "2026-03-15"],
    ["a late-evening call in Moscow is the next day's date", "2026-03-01T22:30:00Z", null, 14, "2026-03-16"],
    ["the last contact wins over the first order", "2026-03-01T10:00:00Z", "2025-01-01", 30, "2026-03-31"],
    ["never contacted: from the first order", null, "2028-01-30", 30, "2028-02-29"],
    ["neither contact nor order", null, null, 30, null],
  ])("%s", (_name, at, firstOrderOn, days, expected) => {
    expect(contactDue(at === null ? null : Date.parse(at), firstOrderOn, days, "Europe/Moscow")).toBe(
      expected,
    );
  });
});

describe("isOverdue", () => {
  it.each([
    ["2026-03-15", "2026-03-16", true],
    ["2026-03-16", "2026-03-16", false],
    ["2026-03-17", "2026-03-16", false],
    [null, "2026-03-16", false],
  ])("due %s, today %s → %s", (dueOn, today, expected) => {
    expect(isOverdue(dueOn, today)).toBe(expected);
  });
});
