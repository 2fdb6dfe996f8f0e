import type { CallDisposition } from "@quartet/core";
import { describe, expect, it } from "vitest";
import type { Disposition } from "./dispositions.ts";
import { outcomeOfPbx, pbxConnected } from "./pbx-outcome.ts";

describe("outcomeOfPbx", () => {
  const cases: [CallDisposition | null, Disposition | null, boolean][] = [
    ["no-answer", "no-answer", false],
    ["busy", "busy", false],
    ["cancelled", "no-answer", false],
    ["failed", "no-answer", false],
    ["answered", null, true],
    [null, null, false],
  ];
  it.each(cases)("%s pre-selects %s (connected: %s)", (disposition, outcome, connected) => {
    expect(outcomeOfPbx(disposition)).toBe(outcome);
    expect(pbxConnected(disposition)).toBe(connected);
  });
});
