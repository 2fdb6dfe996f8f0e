import { describe, expect, it } from "vitest";
import { hireCallers } from "./hire-callers.ts";
import { quietFacts } from "./test-facts.ts";
import { readinessThresholds as t } from "./thresholds.ts";

const anna = { userId: "usr_anna", name: "Анна", isOwner: true };

describe("hire-callers", () => {
  it.each([
    ["each of 3 weeks at 50", [50, 50, 50], { callsPerWeek: 50, severity: "advice" }],
    ["one week at 49", [50, 49, 50], null],
    ["well above, averaged", [64, 70, 58], { callsPerWeek: 64, severity: "advice" }],
    ["twice the threshold", [100, 100, 100], { callsPerWeek: 100, severity: "urgent" }],
    ["only two weeks known", [80, 80], null],
    ["a quiet older fourth week does not matter", [60, 60, 60, 0], { callsPerWeek: 60, severity: "advice" }],
    ["an old busy week does not count", [0, 60, 60, 60], null],
  ])("%s", (_, weeklyCalls, expected) => {
    const signal = hireCallers(quietFacts({ callers: [{ ...anna, weeklyCalls }] }), t);
    if (expected === null) expect(signal).toBeNull();
    else
      expect(signal).toMatchObject({
        key: "hire-callers",
        href: "/team?tab=members",
        severity: expected.severity,
        person: { userId: "usr_anna", name: "Анна" },
        numbers: { callsPerWeek: expected.callsPerWeek, weeks: 3, threshold: 50 },
      });
  });

  it("names the busiest generalist", () => {
    const boris = { userId: "usr_boris", name: "Борис", isOwner: false, weeklyCalls: [90, 90, 90] };
    const signal = hireCallers(quietFacts({ callers: [{ ...anna, weeklyCalls: [55, 55, 55] }, boris] }), t);
    expect(signal).toMatchObject({ person: { name: "Борис" }, numbers: { callsPerWeek: 90 } });
  });

  it("stays silent without call data", () => {
    expect(hireCallers(quietFacts({ callers: null }), t)).toBeNull();
    expect(hireCallers(quietFacts({ callers: [{ ...anna, weeklyCalls: [] }] }), t)).toBeNull();
  });
});
