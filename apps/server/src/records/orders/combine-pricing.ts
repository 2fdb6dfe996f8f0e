import type { PriceAdjustmentReason } from "@quartet/core";
import type { PricingLine, PricingResult } from "@quartet/core/plugin";

/** What pricing changed on an order: per line the discount to apply and why (null: unchanged), and the payment terms. */
export type AppliedPricing = {
  lines: ({ discountPercent: number; reason: PriceAdjustmentReason } | null)[];
  paymentTermsDays: number | null;
};

const validDiscount = (n: number) => Number.isFinite(n) && n >= 0 && n <= 100;
const validDays = (n: number | null | undefined): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * Combines the answers of several plugins' adjusters: per line the largest discount wins when it
 * is above the discount the line was recorded with (a manager's bigger discount stays, with no
 * reason), and the longest payment terms win. Answers out of range (a discount outside 0–100,
 * negative days) are ignored.
 *
 * @example combinePricing([line], [{ plugin: "vip", result: { lines: [{ discountPercent: 5, reason }] } }])
 */
export function combinePricing(
  lines: readonly PricingLine[],
  answers: readonly { plugin: string; result: PricingResult }[],
): AppliedPricing {
  const applied: AppliedPricing = { lines: lines.map(() => null), paymentTermsDays: null };
  for (const { plugin, result } of answers) {
    lines.forEach((line, i) => {
      const adjustment = result.lines[i];
      if (!adjustment || !validDiscount(adjustment.discountPercent)) return;
      const best = applied.lines[i]?.discountPercent ?? line.discountPercent;
      if (adjustment.discountPercent <= best) return;
      applied.lines[i] = {
        discountPercent: adjustment.discountPercent,
        reason: { plugin, code: adjustment.reason.code, params: adjustment.reason.params },
      };
    });
    const days = result.paymentTermsDays;
    if (validDays(days) && days > (applied.paymentTermsDays ?? -1)) applied.paymentTermsDays = days;
  }
  return applied;
}
