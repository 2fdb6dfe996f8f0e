import type { ServiceContext, WriteScope } from "../context.ts";
import type { Money } from "../money/index.ts";
import type { PriceAdjustmentReason } from "../records-port.ts";

/** A line of a new order as a price adjuster sees it: catalog defaults filled in, before totals. */
export type PricingLine = {
  productId: string | null;
  name: string;
  quantity: number;
  price: Money;
  /** The discount the order was recorded with (percent). */
  discountPercent: number;
};

/** What a price adjuster is asked about: the client and the lines of the order being recorded. */
export type PricingInput = { clientId: string; currency: string; lines: readonly PricingLine[] };

/** One line's adjustment: the discount a plugin grants and why, as a code with its numbers. */
export type LineAdjustment = {
  discountPercent: number;
  reason: Omit<PriceAdjustmentReason, "plugin">;
};

/**
 * A plugin's answer: per line (same order as the input) an adjustment or null, and the payment
 * terms it grants the order in days (null or absent: none).
 */
export type PricingResult = {
  lines: readonly (LineAdjustment | null)[];
  paymentTermsDays?: number | null;
};

/** What a price adjuster runs with: its service context inside the order's write transaction. */
export type PricingContext<S = unknown> = ServiceContext<S> & { scope: WriteScope };

/**
 * A plugin's price adjuster, declared as `pricing` in its manifest. Core's `recordOrder` asks the
 * adjusters of the enabled plugins about every new order, in the order's transaction.
 *
 * @example pricing: async (ctx, { clientId, lines }) => ({ lines: lines.map(() => ({ discountPercent: 5, reason: { code: "vip.tier", params: { tierKey: "gold" } } })) })
 */
export type PriceAdjuster<S = unknown> = (
  ctx: PricingContext<S>,
  input: PricingInput,
) => Promise<PricingResult>;
