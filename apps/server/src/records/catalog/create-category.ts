import { newId, recordMessages, type ServiceContext } from "@quartet/core";
import { productCategories } from "@quartet/db/org";
import { z } from "zod";
import { assertNameFree, nextPosition, requireCategory } from "./categories.ts";

/** A category's name. */
export const categoryName = z.string().trim().min(1, recordMessages.nameCategory).max(200);

/** A new category, at the top level or under a parent. */
export const createCategoryInput = z.object({ name: categoryName, parentId: z.string().min(1).nullish() });

/** Adds a category at the end of its parent's children. */
export async function createCategory({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof createCategoryInput>;
}) {
  const parentId = input.parentId ?? null;
  return ctx.org.write(ctx.actor, async (scope) => {
    if (parentId) await requireCategory(scope.tx, parentId, "parentId", "BAD_INPUT");
    await assertNameFree(scope.tx, parentId, input.name);
    const row = {
      id: newId("cat", ctx.clock.now()),
      parentId,
      name: input.name,
      position: await nextPosition(scope.tx, parentId),
      createdAt: ctx.clock.now(),
    };
    await scope.tx.insert(productCategories).values(row);
    await scope.audit({ action: "core.category.create", entity: "category", entityId: row.id, after: row });
    return row;
  });
}
