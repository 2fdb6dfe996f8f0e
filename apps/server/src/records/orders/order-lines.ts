import {
  type CurrencyCode,
  DomainError,
  type MessageParams,
  money,
  type OrderLine,
  recordMessages,
} from "@quartet/core";
import { products } from "@quartet/db/org";
import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Reader } from "../timeline/context.ts";
import type { orderLineInput } from "./order-input.ts";

/** A line ready to store: the catalog defaults filled in, its totals computed. */
export type ResolvedLine = OrderLine & {
  productId: string | null;
  unit: string | null;
  discountPercent: number;
};

/**
 * Fills each line from the catalog (name, unit, price of its product unless given) and checks
 * it: a product must exist and be on sale, a free line needs a name and a price; `BAD_INPUT`
 * naming `lines.<i>.<field>` otherwise. Quantities, prices and discounts are checked by `orderTotals`.
 */
export async function resolveLines(
  db: Reader,
  lines: readonly z.output<typeof orderLineInput>[],
  currency: CurrencyCode,
): Promise<ResolvedLine[]> {
  const ids = lines.flatMap((line) => (line.productId ? [line.productId] : []));
  const found = ids.length ? await db.select().from(products).where(inArray(products.id, ids)) : [];
  const byId = new Map(found.map((p) => [p.id, p]));
  return lines.map((line, i) => {
    const fail = (field: string, key: string, params?: MessageParams): never => {
      const message = { key, params };
      throw new DomainError("BAD_INPUT", recordMessages.lineMessage, {
        params: { line: i + 1, message },
        fields: { [`lines.${i}.${field}`]: message },
      });
    };
    const product = line.productId ? byId.get(line.productId) : undefined;
    if (line.productId && !product) fail("productId", recordMessages.noSuchProduct);
    if (product && !product.active) fail("productId", recordMessages.notOnSale, { name: product.name });
    const name = line.name ?? product?.name ?? fail("name", recordMessages.lineName);
    const price = line.price
      ? money(line.price.amountMinor, (line.price.currency as CurrencyCode | undefined) ?? currency)
      : product
        ? money(product.priceMinor, product.currency as CurrencyCode)
        : fail("price", recordMessages.linePrice);
    return {
      productId: product?.id ?? null,
      name,
      unit: line.unit ?? product?.unit ?? null,
      quantity: line.quantity,
      price,
      discountPercent: line.discountPercent,
    };
  });
}
