import { describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../contracts/rules.ts";
import { ladderCounts, type MaturityInput, maturityLevel } from "./maturity.ts";

const defaults = defaultFarmingRules.ladder;
const sized = {
  complexMinCategories: 3,
  complexMinOrderMinor: 500_000_00,
  projectMinOrderMinor: 2_000_000_00,
};
const client = (
  categories12m: number,
  largestOrderMinor12m: number,
  hasProjectOrder = false,
): MaturityInput => ({
  categories12m,
  largestOrderMinor12m,
  hasProjectOrder,
});
const categories = (count: number) => ({ code: "categories", params: { count, min: 3 } });
const size = (code: string, amountMinor: number, minMinor: number) => ({
  code,
  params: { amountMinor, minMinor },
});
const marked = { code: "project-order", params: {} };

describe("maturityLevel", () => {
  it.each([
    ["one category: single items", client(1, 900_000_00), defaults, "single", [categories(1)]],
    ["no orders at all: single items", client(0, 0), defaults, "single", [categories(0)]],
    ["exactly the minimum categories: complex supply", client(3, 0), defaults, "complex", [categories(3)]],
    ["a marked project order: project", client(1, 10_00, true), defaults, "project", [marked]],
    [
      "an order of the complex size with few categories",
      client(1, 500_000_00),
      sized,
      "complex",
      [size("order-size", 500_000_00, 500_000_00)],
    ],
    ["a kopeck short of the complex size", client(2, 499_999_99), sized, "single", [categories(2)]],
    [
      "both complex rules hold: both reasons",
      client(5, 600_000_00),
      sized,
      "complex",
      [categories(5), size("order-size", 600_000_00, 500_000_00)],
    ],
    [
      "an order of the project size",
      client(5, 2_000_000_00),
      sized,
      "project",
      [size("project-order-size", 2_000_000_00, 2_000_000_00)],
    ],
    [
      "marked and large: both project reasons",
      client(1, 3_000_000_00, true),
      sized,
      "project",
      [marked, size("project-order-size", 3_000_000_00, 2_000_000_00)],
    ],
  ])("%s", (_name, input, rules, level, reasons) => {
    expect(maturityLevel(input, rules)).toEqual({ level, reasons });
  });
});

describe("ladderCounts", () => {
  it.each([
    [[], { single: 0, complex: 0, project: 0 }],
    [["project"], { single: 0, complex: 0, project: 1 }],
    [["single", "complex", "single", "project", "single"], { single: 3, complex: 1, project: 1 }],
  ] as const)("%j → %j", (levels, expected) => {
    expect(ladderCounts(levels)).toEqual(expected);
  });
});
