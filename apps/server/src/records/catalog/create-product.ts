import { newId } from "@quartet/core";
import { products } from "@quartet/db/org";
import type { z } from "zod";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { requireCategory } from "./categories.ts";
import type { createProductInput } from "./product-input.ts";
import { assertSkuFree, productOf } from "./products.ts";

/** Adds a product; its SKU must be unique (`CONFLICT` naming `sku`), its price defaults to the organisation's currency. */
export async function createProduct({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: z.output<typeof createProductInput>;
}) {
  const { currency } = await orgSettings(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    await assertSkuFree(scope.tx, input.sku);
    if (input.categoryId) await requireCategory(scope.tx, input.categoryId, "categoryId", "BAD_INPUT");
    const now = ctx.clock.now();
    const row = {
      id: newId("prd", now),
      categoryId: input.categoryId ?? null,
      sku: input.sku,
      name: input.name,
      unit: input.unit,
      priceMinor: input.price.amountMinor,
      currency: input.price.currency ?? currency,
      active: input.active,
      createdAt: now,
      updatedAt: now,
    };
    await scope.tx.insert(products).values(row);
    await scope.audit({ action: "core.product.create", entity: "product", entityId: row.id, after: row });
    return productOf(row);
  });
}
