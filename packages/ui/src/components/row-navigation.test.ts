import { describe, expect, it } from "vitest";
import { nextRowIndex } from "./row-navigation.ts";

describe("nextRowIndex", () => {
  it.each([
    ["ArrowDown", 0, 1],
    ["ArrowDown", 4, 4],
    ["ArrowUp", 0, 0],
    ["ArrowUp", 3, 2],
    ["Home", 3, 0],
    ["End", 0, 4],
    ["PageDown", 1, 4],
    ["PageUp", 4, 0],
  ])("%s from row %i of 5 goes to %i", (key, from, to) => {
    expect(nextRowIndex(key, from, 5)).toBe(to);
  });

  it("ignores other keys and empty tables", () => {
    expect(nextRowIndex("a", 0, 5)).toBeUndefined();
    expect(nextRowIndex("ArrowDown", 0, 0)).toBeUndefined();
  });
});
