import { describe, expect, it } from "vitest";
import { parseCapacity } from "./capacity.ts";

describe("parseCapacity", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["0", 0],
    [" 40 ", 40],
    ["10000", 10_000],
    ["10001", undefined],
    ["-1", undefined],
    ["2.5", undefined],
    ["abc", undefined],
  ])("%j → %j", (text, capacity) => expect(parseCapacity(text)).toBe(capacity));
});
