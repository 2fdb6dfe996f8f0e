import type { ServiceContext } from "@quartet/core";
import { productCategories } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { assertNameFree, requireCategory } from "./categories.ts";

/** Renames a category; the name stays unique among its siblings. */
export async function renameCategory({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { categoryId: string; name: string };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireCategory(scope.tx, input.categoryId, "categoryId");
    await assertNameFree(scope.tx, before.parentId, input.name, before.id);
    await scope.tx
      .update(productCategories)
      .set({ name: input.name })
      .where(eq(productCategories.id, before.id));
    const after = { ...before, name: input.name };
    await scope.audit({
      action: "core.category.rename",
      entity: "category",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
