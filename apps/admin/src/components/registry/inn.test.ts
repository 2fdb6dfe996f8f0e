import { describe, expect, it } from "vitest";
import { lookupInn } from "./inn.ts";

describe("lookupInn", () => {
  it.each([
    ["7707083893", "7707083893"],
    ["7707 083 893", "7707083893"],
    ["500100732259", "500100732259"],
    ["7707083894", null],
    ["500100732258", null],
    ["770708389", null],
    ["0007083893", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(lookupInn(input)).toBe(expected);
  });
});
