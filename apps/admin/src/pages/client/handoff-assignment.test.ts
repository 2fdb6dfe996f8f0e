import { describe, expect, it } from "vitest";
import { assignmentKey } from "./handoff-assignment.ts";

describe("assignmentKey", () => {
  it.each([
    ["specialist", "first-sale", "handoffs.assigned.specialist.first-sale"],
    ["specialist", "farming", "handoffs.assigned.specialist.farming"],
    ["round-robin", "first-sale", "handoffs.assigned.round-robin"],
    ["chosen-not-covering", "vip", "handoffs.assigned.chosen-not-covering"],
    ["specialist", "somewhere", null],
    ["a-reason-from-the-future", "first-sale", null],
  ])("%s to %s → %s", (reason, to, key) => {
    expect(assignmentKey(reason, to)).toBe(key);
  });
});
