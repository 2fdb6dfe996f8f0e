import { salesFunctions } from "@quartet/core";
import { z } from "zod";
import { currencyInput } from "../catalog/product-input.ts";

/** A business date, `YYYY-MM-DD`. */
export const businessDate = z.iso.date("Use a date as YYYY-MM-DD");

/** A price in minor units; without a currency it is in the order's currency. */
const linePrice = z.object({
  amountMinor: z
    .number()
    .int("Give whole kopecks")
    .min(0, "A price cannot be negative")
    .max(Number.MAX_SAFE_INTEGER),
  currency: currencyInput.optional(),
});

/** One line: a catalog product (name, unit and price come from it unless given) or a free line with a name and price. */
export const orderLineInput = z.object({
  productId: z.string().min(1).nullish(),
  name: z.string().trim().min(1, "Name the line").max(300, "At most 300 characters").optional(),
  unit: z.string().trim().min(1).max(20, "At most 20 characters").optional(),
  quantity: z.number().positive("Quantity must be a positive number"),
  price: linePrice.optional(),
  discountPercent: z.number().min(0, "At least 0 %").max(100, "At most 100 %").default(0),
});

/** An order for a client. */
export const recordOrderInput = z.object({
  clientId: z.string().min(1, "Choose a client"),
  lines: z.array(orderLineInput).min(1, "Add at least one line").max(500, "At most 500 lines"),
  /** Defaults to the organisation's currency. */
  currency: currencyInput.optional(),
  /** Defaults to today in the organisation's time zone. */
  orderedOn: businessDate.optional(),
  /** The function that recorded it, e.g. `first-sale`. */
  function: z.enum(salesFunctions).nullish(),
  /** The plugin record it came from, e.g. a deal id. */
  sourceRef: z.string().trim().min(1).max(200).nullish(),
  note: z.string().trim().max(2_000, "At most 2,000 characters").nullish(),
});

/** What `recordOrder` takes (before defaults). */
export type RecordOrderInput = z.input<typeof recordOrderInput>;

/** Money received against an order; a negative amount is a refund of what was paid. */
export const recordPaymentInput = z.object({
  orderId: z.string().min(1, "Choose an order"),
  amount: z.object({
    amountMinor: z
      .number()
      .int("Give whole kopecks")
      .min(-Number.MAX_SAFE_INTEGER)
      .max(Number.MAX_SAFE_INTEGER)
      .refine((n) => n !== 0, "The amount cannot be zero"),
    currency: currencyInput.optional(),
  }),
  /** Defaults to today in the organisation's time zone. */
  paidOn: businessDate.optional(),
  method: z.enum(["bank", "cash", "card", "other"]),
  reference: z.string().trim().max(200, "At most 200 characters").nullish(),
});

/** What `recordPayment` takes (before defaults). */
export type RecordPaymentInput = z.input<typeof recordPaymentInput>;
