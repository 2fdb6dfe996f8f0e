import { describe, expect, it } from "vitest";
import { fieldErrorKey } from "./field-error.ts";

describe("fieldErrorKey", () => {
  it.each([
    ["At most 730 days", { key: "atMost", n: "730" }],
    ["At most 100 %", { key: "atMost", n: "100" }],
    ["At most two decimals", { key: "decimals" }],
    ["At least 1 month", { key: "atLeast", n: "1" }],
    ["At least a quarter of an hour", { key: "quarters" }],
    ["Set an amount above zero", { key: "aboveZero" }],
    ["Whole days", { key: "whole" }],
    ["Name it in Russian", { key: "required" }],
    ["This date is also a holiday", { key: "alsoHoliday" }],
    ["Invalid input: expected number, received NaN", { key: "check" }],
  ])("%s", (message, expected) => {
    expect(fieldErrorKey(message)).toEqual(expected);
  });
});
