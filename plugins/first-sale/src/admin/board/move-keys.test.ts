import { describe, expect, it } from "vitest";
import { neighbourStage, stepOfKey } from "./move-keys.ts";

describe("stepOfKey", () => {
  it.each([
    ["[", -1],
    ["ArrowLeft", -1],
    ["]", 1],
    ["ArrowRight", 1],
    ["a", 0],
  ] as const)("%s moves by %i", (key, step) => {
    expect(stepOfKey(key)).toBe(step);
  });
});

describe("neighbourStage", () => {
  const stages = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it("finds the next and previous stage", () => {
    expect(neighbourStage(stages, "b", 1)?.id).toBe("c");
    expect(neighbourStage(stages, "b", -1)?.id).toBe("a");
  });
  it("stops at either end", () => {
    expect(neighbourStage(stages, "a", -1)).toBeNull();
    expect(neighbourStage(stages, "c", 1)).toBeNull();
  });
});
