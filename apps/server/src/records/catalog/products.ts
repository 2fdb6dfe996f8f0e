import { type CurrencyCode, DomainError, type Money, recordMessages } from "@quartet/core";
import { products } from "@quartet/db/org";
import { and, eq, ne } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";

/** A product row. */
export type ProductRow = typeof products.$inferSelect;

/** A product as the API shows it: the price as Money. */
export type Product = Omit<ProductRow, "priceMinor" | "currency"> & { price: Money };

/** The API shape of a product row. */
export function productOf(row: ProductRow): Product {
  const { priceMinor, currency, ...rest } = row;
  return { ...rest, price: { amountMinor: priceMinor, currency: currency as CurrencyCode } };
}

/** The product, or `NOT_FOUND` naming `field`. */
export async function requireProduct(db: Reader, id: string, field = "productId"): Promise<ProductRow> {
  const [row] = await db.select().from(products).where(eq(products.id, id));
  if (!row)
    throw new DomainError("NOT_FOUND", recordMessages.noSuchProduct, {
      fields: { [field]: recordMessages.noSuchProduct },
    });
  return row;
}

/** `CONFLICT` naming `sku` when another product already has it. */
export async function assertSkuFree(db: Reader, sku: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(and(eq(products.sku, sku), exceptId ? ne(products.id, exceptId) : undefined));
  if (clash) {
    throw new DomainError("CONFLICT", recordMessages.skuUsedBy, {
      params: { sku, product: clash.name },
      fields: { sku: recordMessages.skuUsed },
      details: { productId: clash.id },
    });
  }
}
