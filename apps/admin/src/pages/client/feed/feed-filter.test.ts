import { describe, expect, it } from "vitest";
import { callFacts, isPinned, typesOfGroup } from "./feed-filter.ts";

describe("the feed's filters and marks", () => {
  it("maps a type group to entry types", () => {
    expect(typesOfGroup(null)).toBeUndefined();
    expect(typesOfGroup("messages")).toEqual(["message", "email"]);
    expect(typesOfGroup("system")).toEqual(["stage-change", "handoff", "system"]);
  });

  it.each([
    [{ pinned: true }, true],
    [{ pinned: "yes" }, false],
    [{}, false],
    [null, false],
  ])("isPinned(%j) → %j", (data, pinned) => {
    expect(isPinned(data)).toBe(pinned);
  });

  it("reads a call's result and duration, and nothing from other data", () => {
    expect(callFacts({ call: { result: "reached", durationSec: 90 } })).toEqual({
      result: "reached",
      durationSec: 90,
    });
    expect(callFacts({ call: { result: "reached" } })).toBeNull();
    expect(callFacts({ from: "lead" })).toBeNull();
  });
});
