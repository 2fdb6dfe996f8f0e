import { describe, expect, it } from "vitest";
import { moveOfKey, neighbourStage } from "./move-keys.ts";

describe("moveOfKey", () => {
  it.each([
    ["[", -1],
    ["х", -1],
    ["ArrowLeft", -1],
    ["]", 1],
    ["ъ", 1],
    ["ArrowRight", 1],
    ["Enter", null],
  ])("%s", (key, expected) => expect(moveOfKey(key)).toBe(expected));
});

describe("neighbourStage", () => {
  const stages = [{ key: "idea" }, { key: "proposal" }, { key: "agreement" }];
  it.each([
    ["idea", 1, "proposal"],
    ["proposal", -1, "idea"],
    ["agreement", 1, null],
    ["idea", -1, null],
    ["gone", 1, null],
  ] as const)("%s by %i", (current, by, expected) =>
    expect(neighbourStage(stages, current, by)).toBe(expected),
  );
});
