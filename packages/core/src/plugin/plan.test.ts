import { describe, expect, it } from "vitest";
import { type PlanMetric, validatePlan } from "./plan.ts";

const metric = (key: string, unit: PlanMetric["unit"] = "count"): PlanMetric => ({
  key,
  label: { en: key, ru: key },
  unit,
});
const withPlan = (metrics: PlanMetric[], fn: string | null = "first-sale") => ({
  id: "leg",
  function: fn,
  plan: { metrics },
});

describe("validatePlan", () => {
  it.each([
    ["a plugin without a plan", { id: "leg", function: null }],
    ["kebab-case keys, both units", withPlan([metric("deals-won"), metric("revenue", "money")])],
  ])("accepts %s", (_, plugin) => {
    expect(() => validatePlan(plugin)).not.toThrow();
  });

  it.each([
    ["a plan without a function", withPlan([metric("x")], null), "declares a plan but serves no function"],
    ["a key that is not kebab-case", withPlan([metric("DealsWon")]), 'plan metric "DealsWon" must be'],
    ["the same key twice", withPlan([metric("won"), metric("won")]), 'declares plan metric "won" twice'],
    ["an unknown unit", withPlan([{ ...metric("won"), unit: "percent" as "count" }]), "has no unit"],
  ])("refuses %s, naming the plugin", (_, plugin, problem) => {
    expect(() => validatePlan(plugin)).toThrow(problem);
    expect(() => validatePlan(plugin)).toThrow('Plugin "leg"');
  });
});
