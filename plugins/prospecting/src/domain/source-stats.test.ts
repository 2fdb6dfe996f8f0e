import { describe, expect, it } from "vitest";
import { sourceStats } from "./source-stats.ts";

const r = (source: string, status: "new" | "qualified" | "dismissed", wait: number | null) => ({
  source,
  status,
  receivedAt: 1_000_000,
  firstActionAt: wait === null ? null : 1_000_000 + wait,
});

describe("sourceStats", () => {
  it("gives requests, leads, conversion and median speed to lead per source", () => {
    expect(
      sourceStats([
        r("form:site", "qualified", 60_000),
        r("form:site", "dismissed", 180_000),
        r("form:site", "new", null),
        r("telegram", "qualified", 30_000),
      ]),
    ).toEqual([
      { source: "form:site", requests: 3, leads: 1, conversion: 0.333, medianSpeedToLeadMs: 120_000 },
      { source: "telegram", requests: 1, leads: 1, conversion: 1, medianSpeedToLeadMs: 30_000 },
    ]);
  });
});
