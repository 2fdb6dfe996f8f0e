import { describe, expect, it } from "vitest";
import { callNumber, callResultOf, dispositionOf, isE164, secondsOf } from "./normalise.ts";

describe("callNumber", () => {
  it.each([
    ["74951234567", "+74951234567"],
    ["84951234567", "+74951234567"],
    ["+7 (495) 123-45-67", "+74951234567"],
    ["442071234567", "+442071234567"],
    ["100", "100"],
    [" anonymous ", "anonymous"],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%j → %j", (raw, expected) => {
    expect(callNumber(raw)).toBe(expected);
  });
});

describe("isE164", () => {
  it.each([
    ["+74951234567", true],
    ["100", false],
    ["74951234567", false],
    [null, false],
  ] as const)("%j → %j", (value, expected) => {
    expect(isE164(value)).toBe(expected);
  });
});

describe("dispositionOf", () => {
  const table = {
    answered: "answered",
    "no answer": "no-answer",
    busy: "busy",
    cancel: "cancelled",
  } as const;
  it.each([
    ["answered", "answered"],
    ["NO ANSWER", "no-answer"],
    [" busy ", "busy"],
    ["cancel", "cancelled"],
    ["no money", "failed"],
    ["constructor", "failed"],
    ["", null],
    [undefined, null],
  ])("%j → %j", (raw, expected) => {
    expect(dispositionOf(raw, table)).toBe(expected);
  });
});

describe("secondsOf", () => {
  it.each([
    ["42", 42],
    [17, 17],
    ["0", 0],
    ["-3", null],
    ["abc", null],
    ["", null],
    [null, null],
  ] as const)("%j → %j", (raw, expected) => {
    expect(secondsOf(raw)).toBe(expected);
  });
});

describe("callResultOf", () => {
  it.each([
    ["answered", "reached"],
    ["busy", "busy"],
    ["no-answer", "no-answer"],
    ["failed", "no-answer"],
    ["cancelled", "no-answer"],
    [null, "no-answer"],
  ] as const)("%j → %j", (disposition, expected) => {
    expect(callResultOf(disposition)).toBe(expected);
  });
});
