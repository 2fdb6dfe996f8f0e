import { describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../contracts/rules.ts";
import { categoryRhythms, purchaseRhythm } from "./purchase-rhythm.ts";

const rule = defaultFarmingRules.purchase;
const monthly = ["2026-01-01", "2026-01-31", "2026-03-02"];

describe("purchaseRhythm", () => {
  it("calls a client who orders every 30 days and has not for 50 days late by default", () => {
    expect(purchaseRhythm(monthly, "2026-04-21", rule)).toEqual({
      orders: 3,
      lastOn: "2026-03-02",
      intervalDays: 30,
      expectedOn: "2026-04-01",
      daysSince: 50,
      lateDays: 20,
    });
  });

  it("clears lateness when a new order comes in", () => {
    expect(purchaseRhythm([...monthly, "2026-04-21"], "2026-04-21", rule)).toEqual({
      orders: 4,
      lastOn: "2026-04-21",
      intervalDays: 30,
      expectedOn: "2026-05-21",
      daysSince: 0,
      lateDays: null,
    });
  });

  it.each([
    ["within the interval", "2026-03-20", null],
    ["past the expected day but within 50 %", "2026-04-10", null],
    ["exactly at 50 % over", "2026-04-16", null],
    ["one day past the tolerance", "2026-04-17", 16],
    ["months later", "2026-09-28", 180],
  ])("%s (today %s) → late by %s", (_name, today, lateDays) => {
    expect(purchaseRhythm(monthly, today, rule).lateDays).toBe(lateDays);
  });

  it.each([
    ["a short rhythm is not late before the minimum days", "2026-01-16", null],
    ["a short rhythm is late once the minimum days pass", "2026-01-20", 7],
  ])("%s", (_name, today, lateDays) => {
    const everyFourDays = ["2026-01-01", "2026-01-05", "2026-01-09"];
    expect(purchaseRhythm(everyFourDays, today, rule).lateDays).toBe(lateDays);
  });

  it.each([
    ["no orders", [], { orders: 0, lastOn: null, daysSince: null, intervalDays: null }],
    ["one order", ["2026-02-01"], { orders: 1, lastOn: "2026-02-01", daysSince: 60, intervalDays: null }],
    [
      "two orders: too few for a rhythm",
      ["2026-01-01", "2026-02-01"],
      { orders: 2, lastOn: "2026-02-01", daysSince: 60, intervalDays: null },
    ],
    [
      "several orders on one day count as one",
      ["2026-01-31", "2026-01-01", "2026-01-31", "2026-01-01"],
      { orders: 2, lastOn: "2026-01-31", daysSince: 61, intervalDays: null },
    ],
  ])("%s: no expected date, never late", (_name, dates, expected) => {
    expect(purchaseRhythm(dates, "2026-04-02", rule)).toEqual({
      ...expected,
      expectedOn: null,
      lateDays: null,
    });
  });

  it.each([
    ["unsorted dates", ["2026-03-02", "2026-01-01", "2026-01-31"], 30, "2026-04-01"],
    [
      "the median resists one long pause",
      ["2026-01-01", "2026-01-11", "2026-01-21", "2026-05-01"],
      10,
      "2026-05-11",
    ],
    [
      "an even number of gaps averages the middle two",
      ["2026-01-01", "2026-01-11", "2026-01-22"],
      10.5,
      "2026-02-02",
    ],
    ["over 29 February", ["2028-01-30", "2028-02-29", "2028-03-30"], 30, "2028-04-29"],
  ])("%s → every %d days, next on %s", (_name, dates, interval, expectedOn) => {
    const r = purchaseRhythm(dates, "2026-01-01", rule);
    expect([r.intervalDays, r.expectedOn]).toEqual([interval, expectedOn]);
  });

  it("follows the company's tolerance", () => {
    const strict = { tolerancePercent: 0, minLateDays: 0, minOrders: 2 };
    expect(purchaseRhythm(["2026-01-01", "2026-01-31"], "2026-03-03", strict).lateDays).toBe(1);
    expect(purchaseRhythm(["2026-01-01", "2026-01-31"], "2026-03-02", strict).lateDays).toBe(null);
  });
});

describe("categoryRhythms", () => {
  const orders = [
    { orderedOn: "2026-01-01", categoryIds: ["cable", "lamps"] },
    { orderedOn: "2026-01-31", categoryIds: ["cable"] },
    { orderedOn: "2026-03-02", categoryIds: ["cable", "boxes", "boxes"] },
    { orderedOn: "2026-03-10", categoryIds: ["lamps"] },
    { orderedOn: "2026-03-30", categoryIds: ["lamps"] },
  ];

  it("gives each category its own rhythm, the latest first", () => {
    expect(categoryRhythms(orders, "2026-04-21", rule)).toEqual([
      {
        categoryId: "cable",
        orders: 3,
        intervalDays: 30,
        lastOn: "2026-03-02",
        expectedOn: "2026-04-01",
        lateDays: 20,
      },
      {
        categoryId: "boxes",
        orders: 1,
        intervalDays: null,
        lastOn: "2026-03-02",
        expectedOn: null,
        lateDays: null,
      },
      {
        categoryId: "lamps",
        orders: 3,
        intervalDays: 44,
        lastOn: "2026-03-30",
        expectedOn: "2026-05-13",
        lateDays: null,
      },
    ]);
  });

  it("orders several late categories by days late", () => {
    const late = categoryRhythms(
      [
        ...["2026-01-01", "2026-01-11", "2026-01-21"].map((orderedOn) => ({ orderedOn, categoryIds: ["a"] })),
        ...["2026-01-01", "2026-01-21", "2026-02-10"].map((orderedOn) => ({ orderedOn, categoryIds: ["b"] })),
      ],
      "2026-04-01",
      rule,
    );
    expect(late.map((c) => [c.categoryId, c.lateDays])).toEqual([
      ["a", 60],
      ["b", 30],
    ]);
  });

  it("is empty without orders or categories", () => {
    expect(categoryRhythms([], "2026-04-21", rule)).toEqual([]);
    expect(categoryRhythms([{ orderedOn: "2026-01-01", categoryIds: [] }], "2026-04-21", rule)).toEqual([]);
  });
});
