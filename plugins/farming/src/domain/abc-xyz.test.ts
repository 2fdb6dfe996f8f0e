import { describe, expect, it } from "vitest";
import { defaultFarmingRules } from "../contracts/rules.ts";
import { abcClasses, xyzClass } from "./abc-xyz.ts";

const rules = defaultFarmingRules.classes;
const revenues = (...list: [string, number][]) =>
  list.map(([clientId, revenueMinor]) => ({ clientId, revenueMinor }));

describe("abcClasses", () => {
  it.each([
    ["no clients", [], {}],
    ["one client takes all", revenues(["a", 5_000]), { a: "A" }],
    [
      "the first 80 % are A, up to 95 % B, the rest C",
      revenues(["d", 50], ["a", 500], ["c", 150], ["b", 300]),
      { a: "A", b: "A", c: "B", d: "C" },
    ],
    [
      "a client starting exactly at the 80 % line is B",
      revenues(["a", 80], ["b", 15], ["c", 5]),
      { a: "A", b: "B", c: "C" },
    ],
    [
      "ties are ordered by id, so the same revenue can fall in two classes",
      revenues(["z", 40], ["y", 40], ["x", 20]),
      { y: "A", z: "A", x: "B" },
    ],
    [
      "clients with no revenue are C and do not shift the others",
      revenues(["a", 100], ["zero", 0], ["refund", -300]),
      { a: "A", zero: "C", refund: "C" },
    ],
    ["nobody has revenue", revenues(["a", 0], ["b", 0]), { a: "C", b: "C" }],
  ])("%s", (_name, input, expected) => {
    expect(Object.fromEntries(abcClasses(input, rules))).toEqual(expected);
  });

  it("follows the company's shares", () => {
    const input = revenues(["a", 50], ["b", 30], ["c", 20]);
    expect(Object.fromEntries(abcClasses(input, { aShare: 0.5, bShare: 0.8 }))).toEqual({
      a: "A",
      b: "B",
      c: "C",
    });
  });
});

describe("xyzClass", () => {
  const steady = Array(12).fill(100_000);
  it.each([
    ["the same every month", steady, "X"],
    ["mild swings", [80, 120, 100, 90, 110, 100, 80, 120, 100, 90, 110, 100], "X"],
    ["every other month", [100, 0, 100, 0, 100, 0, 100, 0, 100, 0, 100, 0], "Y"],
    ["three months out of twelve", [0, 0, 300, 0, 0, 300, 0, 0, 300, 0, 0, 0], "Z"],
    ["two months with revenue only", [0, 0, 0, 500, 0, 0, 0, 0, 0, 700, 0, 0], null],
    ["no revenue", Array(12).fill(0), null],
    ["no months", [], null],
  ])("%s → %s", (_name, months, expected) => {
    expect(xyzClass(months, rules)).toBe(expected);
  });

  it("puts a variation exactly at the X limit in X", () => {
    expect(xyzClass([50, 150, 50, 150], { xMaxVariation: 0.5, yMaxVariation: 1 })).toBe("X");
    expect(xyzClass([50, 150, 50, 150], { xMaxVariation: 0.49, yMaxVariation: 1 })).toBe("Y");
  });
});
