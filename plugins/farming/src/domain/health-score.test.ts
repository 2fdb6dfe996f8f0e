import { describe, expect, it } from "vitest";
import type { HealthFactor } from "../contracts/events.ts";
import { defaultFarmingRules } from "../contracts/rules.ts";
import { type HealthInput, healthScore } from "./health-score.ts";

const rules = defaultFarmingRules.health;
const steady: HealthInput = {
  daysSinceOrder: 10,
  intervalDays: 30,
  orders12m: 12,
  ordersPrev12m: 12,
  revenue6mMinor: 600_000,
  revenuePrev6mMinor: 600_000,
  daysSinceContact: 5,
  cadenceDays: 14,
  overdueTasks: 0,
};
const factor = (input: Partial<HealthInput>, key: HealthFactor["key"]) =>
  healthScore({ ...steady, ...input }, rules).factors.find((f) => f.key === key);

describe("healthScore", () => {
  it("gives a steady client buying on rhythm and contacted in time 90 points, with a flat trend at half", () => {
    const health = healthScore(steady, rules);
    expect(health.score).toBe(90);
    expect(health.status).toBe("healthy");
    expect(health.factors.map((f) => [f.key, f.score, f.weight, f.points])).toEqual([
      ["recency", 1, 3, 30],
      ["frequency", 1, 2, 20],
      ["trend", 0.5, 2, 10],
      ["contact", 1, 2, 20],
      ["issues", 1, 1, 10],
    ]);
  });

  it("puts a client who stopped buying, was never called and has overdue tasks at risk", () => {
    const health = healthScore(
      {
        ...steady,
        daysSinceOrder: 90,
        orders12m: 2,
        ordersPrev12m: 8,
        revenue6mMinor: 0,
        revenuePrev6mMinor: 100_000,
        daysSinceContact: null,
        overdueTasks: 2,
      },
      rules,
    );
    expect(health.factors.map((f) => f.points)).toEqual([0, 5, 0, 0, 3.3]);
    expect([health.score, health.status]).toEqual([8, "at-risk"]);
  });

  it("keeps the numbers each factor used, for the words beside it", () => {
    expect(healthScore({ ...steady, daysSinceOrder: 51, intervalDays: 34 }, rules).factors[0]).toEqual({
      key: "recency",
      score: 0.75,
      weight: 3,
      points: 22.5,
      params: { days: 51, interval: 34 },
    });
  });

  it.each([
    ["recency: on rhythm", { daysSinceOrder: 30 }, "recency", 1],
    ["recency: 50 days on a 30-day rhythm", { daysSinceOrder: 50 }, "recency", 2 / 3],
    ["recency: three intervals gone", { daysSinceOrder: 90 }, "recency", 0],
    ["recency: no rhythm yet, within 90 days", { intervalDays: null, daysSinceOrder: 90 }, "recency", 1],
    ["recency: no rhythm, half a year", { intervalDays: null, daysSinceOrder: 227.5 }, "recency", 0.5],
    ["recency: no rhythm, a year", { intervalDays: null, daysSinceOrder: 365 }, "recency", 0],
    ["frequency: half the orders of last year", { orders12m: 6 }, "frequency", 0.5],
    ["frequency: more than last year caps at 1", { orders12m: 20 }, "frequency", 1],
    ["frequency: new client, one order", { orders12m: 1, ordersPrev12m: 0 }, "frequency", 0.5],
    ["frequency: new client, two orders", { orders12m: 2, ordersPrev12m: 0 }, "frequency", 1],
    ["frequency: no orders either year", { orders12m: 0, ordersPrev12m: 0 }, "frequency", 0],
    ["trend: revenue doubled", { revenue6mMinor: 1_200_000 }, "trend", 0.75],
    ["trend: revenue halved", { revenue6mMinor: 300_000 }, "trend", 0.25],
    ["trend: revenue stopped", { revenue6mMinor: 0 }, "trend", 0],
    ["trend: new revenue", { revenuePrev6mMinor: 0 }, "trend", 1],
    ["trend: no revenue either half-year", { revenue6mMinor: 0, revenuePrev6mMinor: 0 }, "trend", 0],
    ["contact: on the cadence day", { daysSinceContact: 14 }, "contact", 1],
    ["contact: twice the cadence", { daysSinceContact: 28 }, "contact", 0.5],
    ["contact: three times the cadence", { daysSinceContact: 42 }, "contact", 0],
    ["contact: never contacted", { daysSinceContact: null }, "contact", 0],
    ["issues: one overdue task", { overdueTasks: 1 }, "issues", 0.5],
    ["issues: three overdue tasks", { overdueTasks: 3 }, "issues", 0.25],
  ] as const)("%s → %d", (_name, input, key, expected) => {
    expect(factor(input, key)?.score).toBeCloseTo(expected, 6);
  });

  it.each([
    [0, 100, "healthy"],
    [1, 50, "watch"],
    [2, 33, "at-risk"],
  ])("with only overdue tasks weighed: %d overdue → %d, %s", (overdueTasks, score, status) => {
    const onlyIssues = { ...rules, weights: { recency: 0, frequency: 0, trend: 0, contact: 0, issues: 1 } };
    expect(healthScore({ ...steady, overdueTasks }, onlyIssues)).toMatchObject({ score, status });
  });

  it.each([
    [{ atRiskBelow: 50, watchBelow: 65 }, "watch"],
    [{ atRiskBelow: 51, watchBelow: 65 }, "at-risk"],
    [{ atRiskBelow: 40, watchBelow: 50 }, "healthy"],
  ])("reads a score of exactly 50 against the lines %o as %s", (lines, status) => {
    const onlyIssues = {
      ...rules,
      ...lines,
      weights: { recency: 0, frequency: 0, trend: 0, contact: 0, issues: 1 },
    };
    expect(healthScore({ ...steady, overdueTasks: 1 }, onlyIssues).status).toBe(status);
  });

  it("has no score for a client that never ordered, but still shows the factors", () => {
    const health = healthScore({ ...steady, daysSinceOrder: null, intervalDays: null, orders12m: 0 }, rules);
    expect(health.score).toBe(null);
    expect(health.status).toBe("unknown");
    expect(health.factors.map((f) => f.key)).toEqual(["recency", "frequency", "trend", "contact", "issues"]);
  });

  it("has no score when the rules weigh nothing", () => {
    const none = { ...rules, weights: { recency: 0, frequency: 0, trend: 0, contact: 0, issues: 0 } };
    expect(healthScore(steady, none)).toMatchObject({ score: null, status: "unknown" });
  });
});
