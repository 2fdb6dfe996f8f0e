import { isCurrencyCode } from "@quartet/core";
import { z } from "zod";

/** A currency code of a supported currency. */
export const currencyInput = z.string().refine(isCurrencyCode, "Unknown currency");

/** An amount in minor units (kopecks) with an optional currency: the organisation's default when left out. */
export const priceInput = z.object({
  amountMinor: z
    .number()
    .int("Give whole kopecks")
    .min(0, "A price cannot be negative")
    .max(Number.MAX_SAFE_INTEGER),
  currency: currencyInput.optional(),
});

const sku = z.string().trim().min(1, "Give the SKU").max(64, "At most 64 characters");
const name = z.string().trim().min(1, "Name the product").max(300, "At most 300 characters");
const unit = z.string().trim().min(1, "Give the unit (pcs, kg, hour…)").max(20, "At most 20 characters");

/** A new product. */
export const createProductInput = z.object({
  sku,
  name,
  unit,
  price: priceInput,
  categoryId: z.string().min(1).nullish(),
  active: z.boolean().default(true),
});

/** Changes to a product; a price without a currency keeps the product's currency. */
export const updateProductInput = z.object({
  productId: z.string().min(1, "Choose a product"),
  sku: sku.optional(),
  name: name.optional(),
  unit: unit.optional(),
  price: priceInput.optional(),
  categoryId: z.string().min(1).nullable().optional(),
});
