import { describe, expect, it } from "vitest";
import { triageCommandOf } from "./triage-keys.ts";

describe("triageCommandOf", () => {
  it.each([
    ["j", "next"],
    ["о", "next"],
    ["K", "previous"],
    ["q", "qualify"],
    ["Й", "qualify"],
    ["m", "merge"],
    ["ь", "merge"],
    ["d", "dismiss"],
    ["в", "dismiss"],
    ["x", null],
    ["Enter", null],
  ] as const)("%s", (key, command) => {
    expect(triageCommandOf(key)).toBe(command);
  });
});
