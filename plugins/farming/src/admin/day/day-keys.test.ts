import { describe, expect, it } from "vitest";
import { dayMoveOf, nextRow } from "./day-keys.ts";

describe("dayMoveOf", () => {
  it.each([
    ["j", 1],
    ["J", 1],
    ["о", 1],
    ["ArrowDown", 1],
    ["k", -1],
    ["л", -1],
    ["ArrowUp", -1],
    ["Enter", null],
    ["x", null],
  ])("%s", (key, expected) => expect(dayMoveOf(key)).toBe(expected));
});

describe("nextRow", () => {
  it.each([
    [0, 1, 3, 1],
    [2, 1, 3, 2],
    [0, -1, 3, 0],
    [-1, 1, 3, 0],
    [0, 1, 0, -1],
  ] as const)("from %i by %i of %i", (current, by, count, expected) => {
    expect(nextRow(current, by, count)).toBe(expected);
  });
});
