import { isCurrencyCode, peopleMessages, recordMessages } from "@quartet/core";
import { z } from "zod";

/** A currency code of a supported currency. */
export const currencyInput = z.string().refine(isCurrencyCode, peopleMessages.unknownCurrency);

/** An amount in minor units (kopecks) with an optional currency: the organisation's default when left out. */
export const priceInput = z.object({
  amountMinor: z
    .number()
    .int(recordMessages.wholeKopecks)
    .min(0, recordMessages.priceNegative)
    .max(Number.MAX_SAFE_INTEGER),
  currency: currencyInput.optional(),
});

const sku = z.string().trim().min(1, recordMessages.giveSku).max(64);
const name = z.string().trim().min(1, recordMessages.nameProduct).max(300);
const unit = z.string().trim().min(1, recordMessages.giveUnit).max(20);

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
  productId: z.string().min(1, recordMessages.chooseProduct),
  sku: sku.optional(),
  name: name.optional(),
  unit: unit.optional(),
  price: priceInput.optional(),
  categoryId: z.string().min(1).nullable().optional(),
});
