import { describe, expect, it } from "vitest";
import { facts, goldPlatinum, order, RUB } from "../../test/fixtures.ts";
import type { Criterion } from "../contracts/criteria.ts";
import { type CriterionContext, evaluateCriterion, evaluateProgram, highestMet } from "./criteria.ts";

const asOf = "2026-03-15";
const ctx: CriterionContext = {
  asOf,
  termsDays: 14,
  categoryParents: new Map([
    ["copper", "cable"],
    ["cable", null],
    ["panels", null],
  ]),
  tierKeys: ["gold", "platinum"],
  tierKey: "gold",
};
const M = 1_000_000 * RUB;
const revenue: Criterion = { kind: "revenue", windowMonths: 12, minMinor: 5 * M };

describe("revenue over a rolling window", () => {
  it.each([
    [
      "5.2 M paid in the window",
      [
        ["2025-06-01", 3 * M],
        ["2026-03-15", 220_000_000],
      ],
      true,
      520_000_000,
    ],
    ["exactly the threshold", [["2025-03-16", 5 * M]], true, 5 * M],
    [
      "a payment the day before the window",
      [
        ["2025-03-15", 1 * M],
        ["2025-09-01", 4 * M],
      ],
      false,
      4 * M,
    ],
    [
      "a payment after the date judged",
      [
        ["2025-09-01", 4 * M],
        ["2026-03-16", 2 * M],
      ],
      false,
      4 * M,
    ],
    [
      "a refund lowers the sum",
      [
        ["2025-09-01", 6 * M],
        ["2025-10-01", -150_000_000],
      ],
      false,
      450_000_000,
    ],
  ] as [string, [string, number][], boolean, number][])("%s", (_, payments, met, paidMinor) => {
    expect(evaluateCriterion(revenue, facts({ payments }), ctx)).toEqual({
      code: "revenue",
      params: { met, paidMinor, minMinor: 5 * M, windowMonths: 12 },
    });
  });
});

describe("tenure: months since the first order and payments in each completed quarter", () => {
  const everyQuarter: [string, number][] = [
    ["2025-02-10", 1],
    ["2025-05-10", 1],
    ["2025-08-10", 1],
    ["2025-11-10", 1],
  ];
  const tenure: Criterion = { kind: "tenure", minMonths: 24, quartersWithRevenue: 4 };
  it.each<[string, string, [string, number][], boolean, number, number, string | null]>([
    ["24 months, paid every quarter", "2024-03-15", everyQuarter, true, 24, 4, null],
    ["a day short of 24 months", "2024-03-16", everyQuarter, false, 23, 4, null],
    [
      "no payments in 2025-Q3",
      "2023-01-01",
      everyQuarter.filter(([d]) => d !== "2025-08-10"),
      false,
      38,
      3,
      "2025-Q3",
    ],
    [
      "payments this quarter do not stand in for a completed one",
      "2023-01-01",
      [...everyQuarter.slice(1), ["2026-03-01", 5]],
      false,
      38,
      3,
      "2025-Q1",
    ],
  ])("%s", (_, firstOrderOn, payments, met, months, quartersWithRevenue, missingQuarter) => {
    const result = evaluateCriterion(tenure, facts({ firstOrderOn, payments }), ctx);
    expect(result).toEqual({
      code: "tenure",
      params: {
        met,
        since: firstOrderOn,
        months,
        minMonths: 24,
        quarters: 4,
        quartersWithRevenue,
        missingQuarter,
      },
    });
  });

  it("is never met without orders, even with no minimum", () => {
    const result = evaluateCriterion(
      { kind: "tenure", minMonths: 0, quartersWithRevenue: 0 },
      facts({}),
      ctx,
    );
    expect(result.params).toMatchObject({ met: false, since: null, months: 0 });
  });
});

describe("purchase level", () => {
  const orders = [
    order("2025-05-01", 300_000 * RUB),
    order("2026-02-01", 500_000 * RUB),
    order("2025-03-15", 9 * M),
  ];
  it.each([
    [
      "average 400 K ≥ 400 K",
      { kind: "average-order", windowMonths: 12, minMinor: 400_000 * RUB },
      true,
      { averageMinor: 400_000 * RUB, orders: 2 },
    ],
    [
      "average 400 K < 400 K + 1 kop.",
      { kind: "average-order", windowMonths: 12, minMinor: 400_000 * RUB + 1 },
      false,
      { averageMinor: 400_000 * RUB, orders: 2 },
    ],
    [
      "largest 500 K ≥ 500 K",
      { kind: "largest-order", windowMonths: 12, minMinor: 500_000 * RUB },
      true,
      { largestMinor: 500_000 * RUB },
    ],
    [
      "largest in 24 months reaches back",
      { kind: "largest-order", windowMonths: 24, minMinor: 1 * M },
      true,
      { largestMinor: 9 * M },
    ],
  ] as [string, Criterion, boolean, object][])("%s", (_, criterion, met, numbers) => {
    expect(evaluateCriterion(criterion, facts({ orders }), ctx).params).toMatchObject({ met, ...numbers });
  });

  it.each(["average-order", "largest-order"] as const)("%s is not met without orders", (kind) => {
    const result = evaluateCriterion({ kind, windowMonths: 12, minMinor: 1 }, facts({}), ctx);
    expect(result.params).toMatchObject({ met: false });
  });
});

describe("catalog categories", () => {
  const orders = [
    order("2025-10-01", 1000, "2025-10-01", { copper: 1000, panels: 0 }),
    order("2024-01-01", 1000, "2024-01-01", { panels: 1000 }),
  ];
  it.each([
    ["a subcategory counts for its parent", ["cable"], "any", true, ["cable"]],
    ["any of two", ["panels", "cable"], "any", true, ["cable"]],
    ["all of two: a zero line and an old order do not count", ["cable", "panels"], "all", false, ["cable"]],
    ["a category never bought", ["panels"], "any", false, []],
  ] as const)("%s", (_, categoryIds, match, met, bought) => {
    const criterion: Criterion = {
      kind: "categories",
      windowMonths: 12,
      categoryIds: [...categoryIds],
      match,
    };
    expect(evaluateCriterion(criterion, facts({ orders }), ctx).params).toEqual({
      met,
      match,
      required: categoryIds,
      bought,
      windowMonths: 12,
    });
  });
});

describe("payment discipline", () => {
  const orders = [
    order("2026-01-10", 1000, "2026-01-30"),
    order("2026-02-20", 1000, null),
    order("2026-03-10", 1000, null),
  ];
  it.each([
    [0, 14, false, 2, 9],
    [2, 14, true, 2, 9],
    [0, 30, true, 0, 0],
  ])(
    "allowing %d, with %d-day terms → met %s (%d overdue, worst %d days)",
    (maxOverdueOrders, termsDays, met, overdue, worst) => {
      const criterion: Criterion = { kind: "payment-discipline", windowMonths: 12, maxOverdueOrders };
      expect(evaluateCriterion(criterion, facts({ orders }), { ...ctx, termsDays }).params).toEqual({
        met,
        overdue,
        maxOverdue: maxOverdueOrders,
        worstDaysLate: worst,
        termsDays,
        windowMonths: 12,
      });
    },
  );
});

describe("manual designation", () => {
  it.each([
    ["designated for this tier", { tierKey: "gold", until: null }, "gold", true],
    ["designated for a higher tier", { tierKey: "platinum", until: null }, "gold", true],
    ["designated for a lower tier only", { tierKey: "gold", until: null }, "platinum", false],
    ["its last day", { tierKey: "gold", until: asOf }, "gold", true],
    ["expired", { tierKey: "gold", until: "2026-03-14" }, "gold", false],
    ["for a tier the program no longer has", { tierKey: "silver", until: null }, "gold", false],
  ])("%s", (_, designation, tierKey, met) => {
    const client = facts({ designation: { ...designation, reason: "Annual contract" } });
    expect(evaluateCriterion({ kind: "manual" }, client, { ...ctx, tierKey }).params.met).toBe(met);
  });

  it("an expired designation is shown as none", () => {
    const client = facts({ designation: { tierKey: "gold", reason: "Old deal", until: "2026-01-01" } });
    expect(evaluateCriterion({ kind: "manual" }, client, ctx).params).toEqual({
      met: false,
      tierKey: null,
      reason: null,
      until: null,
    });
  });
});

describe("evaluateProgram", () => {
  const program = goldPlatinum();
  const rich = (orders = [order("2026-01-10", 1000, "2026-01-20")]) =>
    facts({ payments: [["2025-12-01", 21 * M]], orders });

  it("judges every tier lowest first; the highest met wins", () => {
    const evaluations = evaluateProgram(program, rich(), { asOf, currentTierKey: null });
    expect(evaluations.map((e) => [e.tierKey, e.met])).toEqual([
      ["gold", true],
      ["platinum", true],
    ]);
    expect(highestMet(evaluations)).toBe(1);
  });

  it("all: one failing criterion fails the tier", () => {
    const late = rich([order("2026-01-10", 1000, "2026-02-01")]);
    const evaluations = evaluateProgram(program, late, { asOf, currentTierKey: null });
    expect(highestMet(evaluations)).toBe(0);
  });

  it("a client in Gold is judged on Gold's 30-day deferral, not the company's 14 days", () => {
    const late = rich([order("2026-01-10", 1000, "2026-02-01")]);
    const evaluations = evaluateProgram(program, late, { asOf, currentTierKey: "gold" });
    expect(highestMet(evaluations)).toBe(1);
  });

  it("any: one criterion is enough", () => {
    const anyProgram = goldPlatinum();
    const platinum = anyProgram.tiers[1];
    if (platinum) platinum.combine = "any";
    const late = rich([order("2026-01-10", 1000, "2026-02-01")]);
    expect(highestMet(evaluateProgram(anyProgram, late, { asOf, currentTierKey: null }))).toBe(1);
  });

  it("nothing met is -1", () => {
    expect(highestMet(evaluateProgram(program, facts({}), { asOf, currentTierKey: null }))).toBe(-1);
  });
});
