import type { ServiceContext } from "@quartet/core";
import { products } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { requireCategory } from "./categories.ts";
import type { updateProductInput } from "./product-input.ts";
import { assertSkuFree, productOf, requireProduct } from "./products.ts";

/** Changes a product's SKU, name, unit, price or category; orders already recorded keep their lines. */
export async function updateProduct({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof updateProductInput>;
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireProduct(scope.tx, input.productId);
    if (input.sku !== undefined) await assertSkuFree(scope.tx, input.sku, before.id);
    if (input.categoryId) await requireCategory(scope.tx, input.categoryId, "categoryId", "BAD_INPUT");
    const after = {
      ...before,
      sku: input.sku ?? before.sku,
      name: input.name ?? before.name,
      unit: input.unit ?? before.unit,
      priceMinor: input.price?.amountMinor ?? before.priceMinor,
      currency: input.price?.currency ?? before.currency,
      categoryId: input.categoryId === undefined ? before.categoryId : input.categoryId,
      updatedAt: ctx.clock.now(),
    };
    await scope.tx.update(products).set(after).where(eq(products.id, before.id));
    await scope.audit({
      action: "core.product.update",
      entity: "product",
      entityId: before.id,
      before,
      after,
    });
    return productOf(after);
  });
}
