import { describe, expect, it } from "vitest";
import { answerIndexOfKey, answerKeyOf, commandOfKey } from "./hotkeys.ts";

describe("commandOfKey", () => {
  it.each([
    ["n", { kind: "next" }],
    ["N", { kind: "next" }],
    ["т", { kind: "next" }],
    ["1", { kind: "dispose", disposition: "no-answer" }],
    ["6", { kind: "dispose", disposition: "interested" }],
    ["7", { kind: "dispose", disposition: "do-not-call" }],
    ["8", null],
    ["0", null],
    ["x", null],
  ] as const)("%s", (key, command) => {
    expect(commandOfKey(key)).toEqual(command);
  });
});

describe("answer keys", () => {
  it.each([
    ["q", 3, 0],
    ["W", 3, 1],
    ["й", 3, 0],
    ["у", 3, 2],
    ["r", 3, null],
    ["n", 3, null],
    ["Enter", 3, null],
    ["1", 3, null],
  ] as const)("%s of %d answers", (key, count, index) => {
    expect(answerIndexOfKey(key, count)).toBe(index);
  });
  it("labels the answers Q, W, E … and none past ten", () => {
    expect([0, 1, 2, 10].map(answerKeyOf)).toEqual(["Q", "W", "E", null]);
  });
});
