import { describe, expect, it } from "vitest";
import { type DraftMetric, targetsOf, targetText } from "./plan-draft.ts";

const money = (value: number | null = null): DraftMetric => ({
  function: "vip",
  key: "revenue",
  unit: "money",
  value,
});
const count = (value: number | null = null): DraftMetric => ({
  function: "prospecting",
  key: "leads",
  unit: "count",
  value,
});
const messages = {
  badMoney: (i: number) => `money ${i}`,
  badCount: (i: number) => `count ${i}`,
  negative: (i: number) => `negative ${i}`,
};

describe("targetText", () => {
  it.each([
    [money(150_000_000), "1500000"],
    [money(12_550), "125.5"],
    [count(40), "40"],
    [money(null), ""],
    [count(0), ""],
  ])("shows %o as %s", (metric, text) => {
    expect(targetText(metric)).toBe(text);
  });
});

describe("targetsOf", () => {
  it.each([
    [
      "roubles with spaces as kopecks",
      [money()],
      ["1 500 000"],
      [{ function: "vip", metric: "revenue", value: 150_000_000 }],
    ],
    [
      "roubles and kopecks with a comma",
      [money()],
      ["125,50"],
      [{ function: "vip", metric: "revenue", value: 12_550 }],
    ],
    ["a whole count", [count()], ["40"], [{ function: "prospecting", metric: "leads", value: 40 }]],
    ["an empty field without a plan: nothing", [money()], [""], []],
    [
      "an empty field over a plan: withdraws it",
      [money(500)],
      ["  "],
      [{ function: "vip", metric: "revenue", value: 0 }],
    ],
  ] as const)("sends %s", (_, metrics, texts, targets) => {
    expect(targetsOf(metrics, texts, messages)).toEqual({ ok: true, targets });
  });

  it.each([
    ["words for money", [money()], ["много"], { "targets.0.value": "money 0" }],
    ["a tenth of a kopeck", [money()], ["1,005"], { "targets.0.value": "money 0" }],
    ["a fractional count", [money(), count()], ["1", "2,5"], { "targets.1.value": "count 1" }],
    ["a negative target", [count()], ["-3"], { "targets.0.value": "negative 0" }],
  ] as const)("refuses %s, naming the field", (_, metrics, texts, errors) => {
    expect(targetsOf(metrics, texts, messages)).toEqual({ ok: false, errors });
  });
});
