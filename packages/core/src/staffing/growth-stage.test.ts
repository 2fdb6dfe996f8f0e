import { describe, expect, it } from "vitest";
import { growthStages, isGrowthStage } from "./growth-stage.ts";

describe("isGrowthStage", () => {
  it.each([
    ["solo", true],
    ["specialists", true],
    ["departments", true],
    ["Solo", false],
    ["team", false],
    ["", false],
    [null, false],
    [undefined, false],
    [1, false],
  ])("isGrowthStage(%j) is %s", (value, expected) => {
    expect(isGrowthStage(value)).toBe(expected);
  });

  it("lists the stages in the order a company grows through them", () => {
    expect(growthStages).toEqual(["solo", "specialists", "departments"]);
  });
});
