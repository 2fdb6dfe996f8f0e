import { describe, expect, it } from "vitest";
import { rowKeys, slugOf } from "./row-keys.ts";

describe("slugOf", () => {
  it.each([
    ["Too expensive!", "too-expensive"],
    ["  Chose   a competitor ", "chose-a-competitor"],
    ["Цена", ""],
    ["x".repeat(60), "x".repeat(40)],
  ])("%s → %s", (name, slug) => expect(slugOf(name)).toBe(slug));
});

describe("rowKeys", () => {
  it.each([
    [
      ["price", ""],
      ["", "Too late"],
      ["price", "too-late"],
    ],
    [
      ["price", ""],
      ["", "Price"],
      ["price", "price-2"],
    ],
    [
      ["", ""],
      ["", ""],
      ["item", "item-2"],
    ],
    [["other"], ["Renamed"], ["other"]],
  ])("%j with names %j → %j", (current, hints, expected) =>
    expect(rowKeys(current, hints)).toEqual(expected),
  );
});
