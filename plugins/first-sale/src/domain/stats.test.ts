import { describe, expect, it } from "vitest";
import { computeStats, type StatsDeal } from "./stats.ts";

const day = 86_400_000;
const jan = Date.UTC(2026, 0, 1);
const feb = Date.UTC(2026, 1, 1);
const window = { from: jan, to: feb, coverageUntil: "2026-01-31", targetMinor: 100_000 };
const deal = (over: Partial<StatsDeal>): StatsDeal => ({
  status: "open",
  createdAt: jan,
  leadQualifiedAt: null,
  fromLead: false,
  wonAt: null,
  lostAt: null,
  lostReason: null,
  amountMinor: 0,
  paidMinor: 0,
  weightedMinor: 0,
  expectedCloseOn: null,
  rotting: false,
  hasNextStep: true,
  ...over,
});

describe("computeStats", () => {
  const deals = [
    deal({
      status: "won",
      fromLead: true,
      leadQualifiedAt: jan - 2 * day,
      wonAt: jan + 8 * day,
      amountMinor: 60_000,
      paidMinor: 60_000,
    }),
    deal({ status: "won", wonAt: jan + 4 * day, amountMinor: 40_000, paidMinor: 20_000 }),
    deal({ status: "won", wonAt: jan - day, amountMinor: 999_999 }),
    deal({ status: "lost", fromLead: true, lostAt: jan + day, lostReason: "price" }),
    deal({ status: "lost", lostAt: jan + 2 * day, lostReason: "price" }),
    deal({ status: "lost", lostAt: jan + 3 * day, lostReason: "timing" }),
    deal({ fromLead: true, weightedMinor: 30_000, expectedCloseOn: "2026-01-20", rotting: true }),
    deal({ weightedMinor: 20_000, expectedCloseOn: "2025-12-20", hasNextStep: false, rotting: true }),
    deal({ weightedMinor: 50_000, expectedCloseOn: "2026-02-03" }),
    deal({ weightedMinor: 7_000 }),
  ];
  const stats = computeStats(deals, window);

  it.each([
    ["win rate: won ÷ closed in the window", "winRate", 2 / 5],
    ["lead → paid: of deals from leads created in the window", "leadToPaid", 1 / 3],
    ["cycle to cash from qualification or creation", "cycleDays", { average: 7, median: 7 }],
    ["average first order of deals won in the window", "averageFirstOrderMinor", 50_000],
    ["weighted pipeline of all open deals", "weightedPipelineMinor", 107_000],
    ["coverage: weighted pipeline expected this month (late included) ÷ target", "weightedCoverage", 0.5],
    ["rotting share of open deals", "rottingShare", 2 / 4],
    ["share without a next step", "withoutNextStepShare", 1 / 4],
    [
      "lost reasons, most frequent first",
      "lostByReason",
      [
        { reason: "price", count: 2 },
        { reason: "timing", count: 1 },
      ],
    ],
  ] as const)("%s", (_name, key, expected) => {
    expect(stats[key]).toEqual(expected);
  });

  it("says null where there is nothing to divide", () => {
    const empty = computeStats([], { ...window, targetMinor: 0 });
    expect(empty).toMatchObject({
      winRate: null,
      leadToPaid: null,
      cycleDays: null,
      averageFirstOrderMinor: null,
      weightedCoverage: null,
      rottingShare: null,
      withoutNextStepShare: null,
    });
  });
});
