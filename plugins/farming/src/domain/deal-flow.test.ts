import { money } from "@quartet/core";
import { describe, expect, it } from "vitest";
import {
  assertCanMove,
  canMove,
  categoryFamily,
  type DealStatus,
  type DealTarget,
  dealSums,
  isFullyPaid,
  type MatchedOrder,
  type MatchingDeal,
  matchesOrder,
  requireStage,
  stageOf,
  weighted,
} from "./deal-flow.ts";
import { lostNote } from "./lost-reasons.ts";

const stages = [
  { key: "idea", name: { ru: "Идея", en: "Idea" }, probability: 10 },
  { key: "proposal", name: { ru: "Предложение", en: "Proposal" }, probability: 60 },
];

describe("canMove", () => {
  it.each<[DealStatus, DealTarget, boolean]>([
    ["open", "stage", true],
    ["open", "won", true],
    ["open", "lost", true],
    ["open", "open", false],
    ["lost", "open", true],
    ["lost", "stage", false],
    ["lost", "won", false],
    ["lost", "lost", false],
    ["won", "open", false],
    ["won", "stage", false],
    ["won", "lost", false],
  ])("%s → %s: %s", (status, target, expected) => {
    expect(canMove(status, target)).toBe(expected);
  });

  it.each<[DealStatus, DealTarget, string]>([
    ["won", "open", "The deal is won and no longer changes"],
    ["lost", "stage", "The deal is lost: reopen it first"],
    ["open", "open", "The deal is open already"],
  ])("refuses %s → %s with CONFLICT: %s", (status, target, message) => {
    expect(() => assertCanMove(status, target)).toThrow(
      expect.objectContaining({ code: "CONFLICT", message }),
    );
  });
});

describe("stages", () => {
  it("finds a stage, falling back to the first for a removed one", () => {
    expect(stageOf(stages, "proposal").probability).toBe(60);
    expect(stageOf(stages, "gone").key).toBe("idea");
  });

  it("refuses an unknown stage naming stageKey", () => {
    expect(() => requireStage(stages, "gone")).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { stageKey: "Choose one of idea, proposal" } }),
    );
  });
});

describe("sums", () => {
  it.each([
    [100_000, 30, 30_000],
    [333, 10, 33],
    [335, 10, 34],
    [0, 80, 0],
  ])("weighted(%i, %i %%) = %i", (amount, probability, expected) => {
    expect(weighted(money(amount, "RUB"), probability)).toEqual(money(expected, "RUB"));
  });

  it.each([
    ["none", [], { count: 0, sum: 0, weighted: 0, otherCurrency: 0 }],
    [
      "each deal weighted, then added",
      [
        { amountMinor: 335, currency: "RUB", probability: 10 },
        { amountMinor: 335, currency: "RUB", probability: 10 },
      ],
      { count: 2, sum: 670, weighted: 68, otherCurrency: 0 },
    ],
    [
      "another currency counted apart",
      [
        { amountMinor: 1_000, currency: "RUB", probability: 50 },
        { amountMinor: 7_000, currency: "USD", probability: 50 },
      ],
      { count: 2, sum: 1_000, weighted: 500, otherCurrency: 1 },
    ],
  ])("%s", (_name, deals, expected) => {
    const sums = dealSums(deals, "RUB");
    expect({ ...sums, sum: sums.sum.amountMinor, weighted: sums.weighted.amountMinor }).toEqual(expected);
    expect(sums.sum.currency).toBe("RUB");
  });
});

describe("matchesOrder", () => {
  const deal: MatchingDeal = {
    id: "deal_1",
    clientId: "cli_1",
    categoryId: "cat_cable",
    createdOn: "2026-03-10",
  };
  const order = (over: Partial<MatchedOrder> = {}): MatchedOrder => ({
    sourceRef: null,
    clientId: "cli_1",
    orderedOn: "2026-03-10",
    categories: [{ categoryId: "cat_cable", totalMinor: 5_000 }],
    ...over,
  });

  it.each<[string, MatchingDeal, MatchedOrder, boolean]>([
    ["issued from the deal", deal, order({ sourceRef: "deal_1", categories: [] }), true],
    [
      "issued from the deal, whoever and whenever",
      { ...deal, categoryId: null },
      order({ sourceRef: "deal_1", clientId: "cli_2", orderedOn: "2026-01-01" }),
      true,
    ],
    ["the category, on the day the deal was opened", deal, order(), true],
    ["the category, later", deal, order({ orderedOn: "2026-04-01" }), true],
    ["the category, before the deal", deal, order({ orderedOn: "2026-03-09" }), false],
    ["another client", deal, order({ clientId: "cli_2" }), false],
    ["another category", deal, order({ categories: [{ categoryId: "cat_pipe", totalMinor: 1 }] }), false],
    ["free lines only", deal, order({ categories: [{ categoryId: null, totalMinor: 1 }] }), false],
    ["a deal without a category", { ...deal, categoryId: null }, order(), false],
    [
      "another deal's invoice without the category",
      deal,
      order({ sourceRef: "deal_2", categories: [] }),
      false,
    ],
  ])("%s → %s", (_name, d, o, expected) => {
    expect(matchesOrder(d, o)).toBe(expected);
  });

  it("counts a line in a category under the deal's", () => {
    const catalog = [
      { id: "cat_cable", parentId: null },
      { id: "cat_power", parentId: "cat_cable" },
      { id: "cat_copper", parentId: "cat_power" },
      { id: "cat_pipe", parentId: null },
    ];
    const family = categoryFamily(catalog, "cat_cable");
    expect([...family].sort()).toEqual(["cat_cable", "cat_copper", "cat_power"]);
    const copper = order({ categories: [{ categoryId: "cat_copper", totalMinor: 1 }] });
    expect(matchesOrder(deal, copper, family)).toBe(true);
    expect(matchesOrder(deal, copper)).toBe(false);
  });
});

describe("isFullyPaid", () => {
  it.each([
    ["unpaid", false],
    ["partial", false],
    ["paid", true],
    ["overpaid", true],
  ] as const)("%s → %s", (status, expected) => {
    expect(isFullyPaid(status)).toBe(expected);
  });
});

describe("lostNote", () => {
  it.each([
    ["price", undefined, null],
    ["price", "  ", null],
    ["timing", " осенью ", "осенью"],
    ["other", "переехали", "переехали"],
  ] as const)("%s with %j → %j", (reason, note, expected) => {
    expect(lostNote(reason, note)).toBe(expected);
  });

  it("refuses `other` without a note, naming note", () => {
    expect(() => lostNote("other", " ")).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { note: expect.any(String) } }),
    );
  });
});
