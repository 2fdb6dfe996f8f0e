import { describe, expect, it } from "vitest";
import { enableVip } from "./enable-vip.ts";
import { quietFacts } from "./test-facts.ts";
import { readinessThresholds as t } from "./thresholds.ts";

const million = 100_000_000;

function vip(bigClients: number[], totalMinor: number, enabled = false) {
  return quietFacts({ vip: { enabled, bigClients, totalMinor } });
}

describe("enable-vip", () => {
  it.each([
    ["three at 3 M ₽", vip([3 * million, 3 * million, 3 * million], 18 * million), { clients: 3, share: 50 }],
    ["two at 3 M ₽", vip([3 * million, 3 * million], 18 * million), null],
    ["one just below", vip([3 * million, 3 * million, 3 * million - 1], 18 * million), null],
    [
      "four above",
      vip(
        [5, 4, 4, 3].map((m) => m * million),
        20 * million,
      ),
      { clients: 4, share: 80 },
    ],
    [
      "enabled already",
      vip(
        [5, 4, 4].map((m) => m * million),
        20 * million,
        true,
      ),
      null,
    ],
  ])("%s", (_, facts, expected) => {
    const signal = enableVip(facts, t);
    if (expected === null) expect(signal).toBeNull();
    else
      expect(signal).toMatchObject({
        key: "enable-vip",
        href: "/functions",
        severity: "advice",
        numbers: { clients: expected.clients, thresholdMinor: 3 * million, sharePercent: expected.share },
      });
  });

  it("is urgent at twice the clients, and sums their revenue", () => {
    const signal = enableVip(vip(Array(6).fill(3 * million), 20 * million), t);
    expect(signal).toMatchObject({ severity: "urgent", numbers: { clients: 6, revenueMinor: 18 * million } });
  });

  it("stays silent without revenue data", () => {
    expect(enableVip(quietFacts({ vip: null }), t)).toBeNull();
    expect(enableVip(vip([], 0), t)).toBeNull();
  });
});
