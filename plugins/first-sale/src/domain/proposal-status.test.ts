import { describe, expect, it } from "vitest";
import { assertProposalStatus, assertRevisable, type ProposalStatus } from "./proposal-status.ts";

describe("proposal status", () => {
  it.each([
    ["draft", "sent", true],
    ["draft", "accepted", true],
    ["sent", "accepted", true],
    ["sent", "declined", true],
    ["sent", "sent", false],
    ["accepted", "declined", false],
    ["declined", "sent", false],
    ["draft", "draft", false],
  ] as const)("%s → %s allowed: %s", (from, to, ok) => {
    const run = () => assertProposalStatus(from, to);
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code: "CONFLICT" }));
  });

  it.each([
    ["draft", true],
    ["sent", true],
    ["declined", true],
    ["accepted", false],
  ] as const)("a %s proposal can be revised: %s", (status: ProposalStatus, ok) => {
    if (ok) expect(() => assertRevisable(status)).not.toThrow();
    else expect(() => assertRevisable(status)).toThrow(/accepted/);
  });
});
