import { describe, expect, it } from "vitest";
import { freshKey, moved, newCriterion, newTier } from "./program-draft.ts";

describe("program draft", () => {
  it("gives a new tier a key no other tier has", () => {
    expect(freshKey([{ key: "vip" }])).toBe("tier-2");
    expect(freshKey([{ key: "vip" }, { key: "tier-3" }])).toBe("tier-4");
  });

  it("starts a new tier with a revenue criterion in kopecks and a reply deadline", () => {
    const tier = newTier([{ key: "vip" }], { ru: "Новый", en: "New" });
    expect(tier.criteria).toEqual([{ kind: "revenue", windowMonths: 12, minMinor: 1_000_000_000 }]);
    expect(tier.privileges.firstResponseHours).toBe(4);
  });

  it("moves a tier up and down and leaves the list alone past its ends", () => {
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });

  it("fills a criterion's numbers by its kind", () => {
    expect(newCriterion("tenure")).toEqual({ kind: "tenure", minMonths: 24, quartersWithRevenue: 4 });
    expect(newCriterion("manual")).toEqual({ kind: "manual" });
  });
});
