import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { productCategories, products } from "@quartet/db/org";
import { count, eq } from "drizzle-orm";
import { requireCategory } from "./categories.ts";

/** Deletes an empty category; one with subcategories or products is refused (`PRECONDITION_FAILED`). */
export async function deleteCategory({ ctx, input }: { ctx: ServiceContext; input: { categoryId: string } }) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireCategory(scope.tx, input.categoryId, "categoryId");
    const [children] = await scope.tx
      .select({ n: count() })
      .from(productCategories)
      .where(eq(productCategories.parentId, before.id));
    const [items] = await scope.tx
      .select({ n: count() })
      .from(products)
      .where(eq(products.categoryId, before.id));
    const subcategories = children?.n ?? 0;
    const productCount = items?.n ?? 0;
    if (subcategories > 0 || productCount > 0) {
      throw new DomainError("PRECONDITION_FAILED", recordMessages.categoryNotEmpty, {
        params: { subcategories, products: productCount },
        details: { subcategories, products: productCount },
      });
    }
    await scope.tx.delete(productCategories).where(eq(productCategories.id, before.id));
    await scope.audit({ action: "core.category.delete", entity: "category", entityId: before.id, before });
    return { deleted: true as const };
  });
}
