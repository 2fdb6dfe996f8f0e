import type { ServiceContext } from "@quartet/core";
import { products } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { productOf, requireProduct } from "./products.ts";

/** Puts a product on sale or takes it off; an inactive product cannot go into new orders. */
export async function setProductActive({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { productId: string; active: boolean };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireProduct(scope.tx, input.productId);
    if (before.active === input.active) return productOf(before);
    const after = { ...before, active: input.active, updatedAt: ctx.clock.now() };
    await scope.tx
      .update(products)
      .set({ active: after.active, updatedAt: after.updatedAt })
      .where(eq(products.id, before.id));
    const action = input.active ? "core.product.activate" : "core.product.deactivate";
    await scope.audit({ action, entity: "product", entityId: before.id, before, after });
    return productOf(after);
  });
}
