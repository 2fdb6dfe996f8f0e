import { describe, expect, it } from "vitest";
import { type ClientDeal, mergeClientDeals, validateClientDeals } from "./client-deals.ts";

const deal = (id: string, amountMinor: number, title = id): ClientDeal => ({
  id,
  title,
  amountMinor,
  currency: "RUB",
  stage: { en: "Proposal", ru: "КП" },
  href: `/deals/${id}`,
});

describe("mergeClientDeals", () => {
  it.each([
    { name: "no plugin answered", answers: [], limit: 5, ids: [] },
    { name: "a failed plugin is left out", answers: [null, [deal("a", 100)]], limit: 5, ids: ["a"] },
    {
      name: "plugins' deals interleave by sum, biggest first",
      answers: [[deal("a", 100), deal("b", 300)], [deal("c", 200)]],
      limit: 5,
      ids: ["b", "c", "a"],
    },
    {
      name: "equal sums by title",
      answers: [[deal("x", 100, "Б")], [deal("y", 100, "А")]],
      limit: 5,
      ids: ["y", "x"],
    },
    {
      name: "at most the limit",
      answers: [[deal("a", 1), deal("b", 2), deal("c", 3)]],
      limit: 2,
      ids: ["c", "b"],
    },
  ])("$name", ({ answers, limit, ids }) => {
    expect(mergeClientDeals(answers, limit).map((d) => d.id)).toEqual(ids);
  });
});

describe("validateClientDeals", () => {
  it("accepts a function or nothing and refuses anything else", () => {
    expect(() => validateClientDeals({ id: "p" })).not.toThrow();
    expect(() => validateClientDeals({ id: "p", clientDeals: async () => [] })).not.toThrow();
    expect(() => validateClientDeals({ id: "p", clientDeals: "deals" })).toThrow(/clientDeals/);
  });
});
