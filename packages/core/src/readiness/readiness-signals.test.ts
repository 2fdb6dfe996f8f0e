import { describe, expect, it } from "vitest";
import { isDismissed, readinessSignals, signalKeys } from "./readiness-signals.ts";
import { quietFacts } from "./test-facts.ts";
import { readinessThresholds } from "./thresholds.ts";
import type { SignalDismissal } from "./types.ts";

const now = Date.UTC(2026, 11, 7, 12);
const busy = quietFacts({
  callers: [{ userId: "usr_anna", name: "Анна", isOwner: true, weeklyCalls: [60, 60, 60] }],
  farming: { portfolio: 40, overdue: 0, people: [], ownerId: "usr_anna" },
});

describe("readinessSignals", () => {
  it("is empty when nothing crosses a threshold", () => {
    expect(readinessSignals(quietFacts(), now)).toEqual([]);
  });

  it("lists the signals that hold, in a fixed order", () => {
    expect(readinessSignals(busy, now).map((s) => s.key)).toEqual(["hire-callers", "hire-farmer"]);
  });

  it.each<[string, SignalDismissal | undefined, boolean]>([
    ["no dismissal", undefined, false],
    ["dismissed for good", { signal: "hire-callers", until: null }, true],
    ["snoozed until later", { signal: "hire-callers", until: now + 1 }, true],
    ["snooze ending now", { signal: "hire-callers", until: now }, false],
    ["snooze ended", { signal: "hire-callers", until: now - 1 }, false],
  ])("%s", (_, dismissal, hidden) => {
    expect(isDismissed(dismissal, now)).toBe(hidden);
    const keys = readinessSignals({ ...busy, dismissals: dismissal ? [dismissal] : [] }, now).map(
      (s) => s.key,
    );
    expect(keys.includes("hire-callers")).toBe(!hidden);
    expect(keys).toContain("hire-farmer");
  });

  it("takes a company's own thresholds in place of the defaults", () => {
    const stricter = { ...readinessThresholds, coldCallsPerWeek: 61 };
    expect(readinessSignals(busy, now, stricter).map((s) => s.key)).toEqual(["hire-farmer"]);
  });

  it("knows a key per leg for splits", () => {
    expect(signalKeys).toContain("split-function:first-sale");
    expect(signalKeys).toHaveLength(7);
  });
});
