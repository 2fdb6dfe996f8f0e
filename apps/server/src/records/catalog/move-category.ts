import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { productCategories } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";
import { assertNameFree, nextPosition, requireCategory } from "./categories.ts";

/**
 * Moves a category (with its subtree) under another parent, or to the top level with
 * `parentId: null`, at the end of the new siblings. Refuses a move under itself or one of its
 * own subcategories: `BAD_INPUT` naming `parentId`.
 */
export async function moveCategory({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { categoryId: string; parentId: string | null };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireCategory(scope.tx, input.categoryId, "categoryId");
    if (input.parentId) {
      await requireCategory(scope.tx, input.parentId, "parentId", "BAD_INPUT");
      if (await isWithin(scope.tx, input.parentId, before.id)) {
        throw new DomainError("BAD_INPUT", recordMessages.categoryUnderItself, {
          fields: { parentId: recordMessages.wouldCycle },
        });
      }
    }
    if (before.parentId === input.parentId) return before;
    await assertNameFree(scope.tx, input.parentId, before.name, before.id);
    const after = {
      ...before,
      parentId: input.parentId,
      position: await nextPosition(scope.tx, input.parentId),
    };
    await scope.tx
      .update(productCategories)
      .set({ parentId: after.parentId, position: after.position })
      .where(eq(productCategories.id, before.id));
    await scope.audit({
      action: "core.category.move",
      entity: "category",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}

/** True when `id` is `ancestorId` or lies beneath it (walks up the parents; bounded against bad data). */
async function isWithin(db: Reader, id: string, ancestorId: string): Promise<boolean> {
  let current: string | null = id;
  for (let depth = 0; current && depth < 1_000; depth++) {
    if (current === ancestorId) return true;
    const [row] = await db
      .select({ parentId: productCategories.parentId })
      .from(productCategories)
      .where(eq(productCategories.id, current));
    current = row?.parentId ?? null;
  }
  return false;
}
