import { describe, expect, it } from "vitest";
import { commandOfKey } from "./hotkeys.ts";

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
