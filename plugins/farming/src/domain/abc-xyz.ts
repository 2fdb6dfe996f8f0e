import type { FarmingRules } from "../contracts/rules.ts";

/** A client's ABC class: A makes most of the revenue, C the tail. */
export type AbcClass = "A" | "B" | "C";

/** A client's XYZ class: X buys steadily month to month, Z in bursts. */
export type XyzClass = "X" | "Y" | "Z";

/**
 * ABC classes by 12-month revenue: clients sorted by revenue (largest first, ties by id) are A
 * while the revenue share of those before them is below `aShare`, B while below `bShare`, C after.
 * Clients with no (or negative) revenue are C and do not count in the total.
 *
 * @example abcClasses([{ clientId: "a", revenueMinor: 900 }, { clientId: "b", revenueMinor: 100 }], { aShare: 0.8, bShare: 0.95 }) // a → A, b → B
 */
export function abcClasses(
  revenues: readonly { clientId: string; revenueMinor: number }[],
  rule: Pick<FarmingRules["classes"], "aShare" | "bShare">,
): Map<string, AbcClass> {
  const sorted = [...revenues].sort(
    (a, b) => b.revenueMinor - a.revenueMinor || a.clientId.localeCompare(b.clientId),
  );
  const total = sorted.reduce((s, r) => s + Math.max(0, r.revenueMinor), 0);
  const classes = new Map<string, AbcClass>();
  let before = 0;
  for (const { clientId, revenueMinor } of sorted) {
    if (revenueMinor <= 0) classes.set(clientId, "C");
    else if (before < rule.aShare * total) classes.set(clientId, "A");
    else if (before < rule.bShare * total) classes.set(clientId, "B");
    else classes.set(clientId, "C");
    before += Math.max(0, revenueMinor);
  }
  return classes;
}

/**
 * The XYZ class from 12 months of revenue (oldest first): the coefficient of variation (population
 * standard deviation ÷ mean) at most `xMaxVariation` is X, at most `yMaxVariation` Y, above Z.
 * Null when fewer than 3 months have revenue: too little to call a rhythm.
 *
 * @example xyzClass([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100], { xMaxVariation: 0.5, yMaxVariation: 1 }) // "X"
 */
export function xyzClass(
  monthlyRevenueMinor: readonly number[],
  rule: Pick<FarmingRules["classes"], "xMaxVariation" | "yMaxVariation">,
): XyzClass | null {
  if (monthlyRevenueMinor.filter((v) => v > 0).length < 3) return null;
  const mean = monthlyRevenueMinor.reduce((s, v) => s + v, 0) / monthlyRevenueMinor.length;
  if (mean <= 0) return null;
  const variance = monthlyRevenueMinor.reduce((s, v) => s + (v - mean) ** 2, 0) / monthlyRevenueMinor.length;
  const variation = Math.sqrt(variance) / mean;
  if (variation <= rule.xMaxVariation) return "X";
  if (variation <= rule.yMaxVariation) return "Y";
  return "Z";
}
