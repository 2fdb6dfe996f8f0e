import { inPeriod, type Period } from "./period.ts";

/**
 * The share of clients who ordered at least twice among those who ordered at all in the window
 * (0..1), null when nobody ordered: are clients coming back?
 *
 * @example repeatPurchaseRate([{ clientId: "a", orderedOn: "2026-01-05" }, { clientId: "a", orderedOn: "2026-02-05" }, { clientId: "b", orderedOn: "2026-01-20" }], { from: "2026-01-01", to: "2026-04-01" }) // 0.5
 */
export function repeatPurchaseRate(
  orders: readonly { clientId: string; orderedOn: string }[],
  window: Period,
): number | null {
  const counts = new Map<string, number>();
  for (const o of orders) {
    if (inPeriod(o.orderedOn, window)) counts.set(o.clientId, (counts.get(o.clientId) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return [...counts.values()].filter((n) => n >= 2).length / counts.size;
}
