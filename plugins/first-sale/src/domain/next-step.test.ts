import { describe, expect, it } from "vitest";
import { type NextStepFacts, nextStepOverdue } from "./next-step.ts";

describe("nextStepOverdue", () => {
  it.each<[NextStepFacts, string, boolean]>([
    [{ status: "open", nextStepDueOn: "2026-01-14" }, "2026-01-15", true],
    [{ status: "open", nextStepDueOn: "2025-12-31" }, "2026-01-01", true],
    [{ status: "open", nextStepDueOn: "2026-01-15" }, "2026-01-15", false],
    [{ status: "open", nextStepDueOn: "2026-01-16" }, "2026-01-15", false],
    [{ status: "open", nextStepDueOn: null }, "2026-01-15", false],
    [{ status: "won", nextStepDueOn: "2026-01-14" }, "2026-01-15", false],
    [{ status: "lost", nextStepDueOn: "2026-01-14" }, "2026-01-15", false],
  ])("%o on %s: %s", (deal, today, overdue) => {
    expect(nextStepOverdue(deal, today)).toBe(overdue);
  });
});
