import { severityOf } from "./severity.ts";
import type { ReadinessThresholds } from "./thresholds.ts";
import type { ReadinessFacts, Signal } from "./types.ts";

/**
 * Time to enable VIP: the VIP leg's plugin is not enabled and at least `vipClients` clients paid
 * `vipRevenueMinor` or more in the last 12 months. Says how much of the year's revenue they bring.
 */
export function enableVip(facts: ReadinessFacts, t: ReadinessThresholds): Signal | null {
  const vip = facts.vip;
  if (!vip || vip.enabled) return null;
  const big = vip.bigClients.filter((revenue) => revenue >= t.vipRevenueMinor);
  if (big.length < t.vipClients) return null;
  const revenueMinor = big.reduce((sum, revenue) => sum + revenue, 0);
  return {
    key: "enable-vip",
    code: "enable-vip",
    severity: severityOf(big.length, t.vipClients, t.urgentFactor),
    href: "/functions",
    numbers: {
      clients: big.length,
      thresholdMinor: t.vipRevenueMinor,
      revenueMinor,
      sharePercent: vip.totalMinor > 0 ? Math.min(100, Math.round((revenueMinor / vip.totalMinor) * 100)) : 0,
    },
  };
}
