import { cleanText, recordMessages, salesFunctions } from "@quartet/core";
import { z } from "zod";
import { currencyInput } from "../catalog/product-input.ts";

/** A business date, `YYYY-MM-DD`. */
export const businessDate = z.iso.date(recordMessages.dateFormat);

/** A price in minor units; without a currency it is in the order's currency. */
const linePrice = z.object({
  amountMinor: z
    .number()
    .int(recordMessages.wholeKopecks)
    .min(0, recordMessages.priceNegative)
    .max(Number.MAX_SAFE_INTEGER),
  currency: currencyInput.optional(),
});

/** One line: a catalog product (name, unit and price come from it unless given) or a free line with a name and price. */
export const orderLineInput = z.object({
  productId: z.string().min(1).nullish(),
  name: cleanText(300).min(1, recordMessages.nameLine).optional(),
  unit: cleanText(20).min(1).optional(),
  quantity: z.number().positive(recordMessages.quantityPositive),
  price: linePrice.optional(),
  discountPercent: z
    .number()
    .min(0, recordMessages.discountMin)
    .max(100, recordMessages.discountMax)
    .default(0),
});

/** An order for a client. */
export const recordOrderInput = z.object({
  clientId: z.string().min(1, recordMessages.chooseClient),
  lines: z.array(orderLineInput).min(1, recordMessages.addLine).max(500, recordMessages.atMost500Lines),
  /** Defaults to the organisation's currency. */
  currency: currencyInput.optional(),
  /** Defaults to today in the organisation's time zone. */
  orderedOn: businessDate.optional(),
  /** The function that recorded it, e.g. `first-sale`. */
  function: z.enum(salesFunctions).nullish(),
  /** The plugin record it came from, e.g. a deal id. */
  sourceRef: cleanText(200).min(1).nullish(),
  note: cleanText(2_000, "multiline").nullish(),
});

/** What `recordOrder` takes (before defaults). */
export type RecordOrderInput = z.input<typeof recordOrderInput>;

/** Money received against an order; a negative amount is a refund of what was paid. */
export const recordPaymentInput = z.object({
  orderId: z.string().min(1, recordMessages.chooseOrder),
  amount: z.object({
    amountMinor: z
      .number()
      .int(recordMessages.wholeKopecks)
      .min(-Number.MAX_SAFE_INTEGER)
      .max(Number.MAX_SAFE_INTEGER)
      .refine((n) => n !== 0, recordMessages.amountZero),
    currency: currencyInput.optional(),
  }),
  /** Defaults to today in the organisation's time zone. */
  paidOn: businessDate.optional(),
  method: z.enum(["bank", "cash", "card", "other"]),
  reference: cleanText(200).nullish(),
});

/** What `recordPayment` takes (before defaults). */
export type RecordPaymentInput = z.input<typeof recordPaymentInput>;
