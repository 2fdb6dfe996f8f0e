import { DomainError, recordMessages } from "@quartet/core";
import { productCategories } from "@quartet/db/org";
import { eq, isNull, max } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";

/** A category row. */
export type CategoryRow = typeof productCategories.$inferSelect;

/** The category, or `BAD_INPUT`/`NOT_FOUND` naming `field` when it does not exist. */
export async function requireCategory(
  db: Reader,
  id: string,
  field: string,
  code: "BAD_INPUT" | "NOT_FOUND" = "NOT_FOUND",
): Promise<CategoryRow> {
  const [row] = await db.select().from(productCategories).where(eq(productCategories.id, id));
  if (!row)
    throw new DomainError(code, recordMessages.noSuchCategory, {
      fields: { [field]: recordMessages.noSuchCategory },
    });
  return row;
}

/** The position after the last child of `parentId` (null: the top level). */
export async function nextPosition(db: Reader, parentId: string | null): Promise<number> {
  const [row] = await db
    .select({ last: max(productCategories.position) })
    .from(productCategories)
    .where(parentId ? eq(productCategories.parentId, parentId) : isNull(productCategories.parentId));
  return (row?.last ?? -1) + 1;
}

/** `CONFLICT` naming `name` when a sibling under `parentId` already has this name, in any case ("сыры" = "Сыры"). */
export async function assertNameFree(db: Reader, parentId: string | null, name: string, exceptId?: string) {
  const siblings = await db
    .select({ id: productCategories.id, name: productCategories.name })
    .from(productCategories)
    .where(parentId ? eq(productCategories.parentId, parentId) : isNull(productCategories.parentId));
  const key = name.toLocaleLowerCase("ru");
  if (siblings.some((s) => s.id !== exceptId && s.name.toLocaleLowerCase("ru") === key)) {
    throw new DomainError("CONFLICT", recordMessages.categoryExists, {
      params: { name },
      fields: { name: recordMessages.categoryExistsHere },
    });
  }
}
