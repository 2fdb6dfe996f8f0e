import { likeText, type ServiceContext } from "@quartet/core";
import { productCategories, products } from "@quartet/db/org";
import { and, asc, eq, gt, inArray, isNull, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { decodeCursor, pageOf } from "../timeline/cursor.ts";
import { productOf } from "./products.ts";

/** Filters of the product list. */
export const listProductsInput = z.object({
  /** A prefix of the name or the SKU. */
  search: z.string().trim().max(100).optional(),
  /** A category (with its subcategories unless told otherwise), or `null` for products without one. */
  categoryId: z.string().min(1).nullable().optional(),
  withSubcategories: z.boolean().default(true),
  active: z.boolean().optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/** Products by name, a page at a time, filtered by a name/SKU prefix, a category and whether they are on sale. */
export async function listProducts({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof listProductsInput>;
}) {
  const where: (SQL | undefined)[] = [];
  if (input.search) where.push(prefixMatch(input.search));
  if (input.categoryId === null) where.push(isNull(products.categoryId));
  else if (input.categoryId) {
    const ids = input.withSubcategories ? await subtreeOf(ctx, input.categoryId) : [input.categoryId];
    where.push(inArray(products.categoryId, ids));
  }
  if (input.active !== undefined) where.push(eq(products.active, input.active));
  if (input.cursor) {
    const [name, id] = decodeCursor(input.cursor, ["string", "string"]);
    where.push(or(gt(products.name, name), and(eq(products.name, name), gt(products.id, id))));
  }
  const rows = await ctx.org.db
    .select()
    .from(products)
    .where(and(...where))
    .orderBy(asc(products.name), asc(products.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => [row.name, row.id]);
  return { items: page.items.map(productOf), nextCursor: page.nextCursor };
}

/**
 * Name or SKU starting with `term`. SQLite folds case for ASCII only, so Cyrillic names are
 * matched as typed, in lower case, capitalised and in upper case ("сыр" finds "Сыр").
 */
function prefixMatch(term: string): SQL | undefined {
  const lower = term.toLocaleLowerCase("ru");
  const variants = new Set([
    term,
    lower,
    lower.charAt(0).toLocaleUpperCase("ru") + lower.slice(1),
    term.toLocaleUpperCase("ru"),
  ]);
  return or(
    ...[...variants].flatMap((v) => [
      likeText(products.name, v, "prefix"),
      likeText(products.sku, v, "prefix"),
    ]),
  );
}

async function subtreeOf(ctx: ServiceContext, rootId: string): Promise<string[]> {
  const rows = await ctx.org.db
    .select({ id: productCategories.id, parentId: productCategories.parentId })
    .from(productCategories);
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const row of rows) if (row.parentId === ids[i]) ids.push(row.id);
  }
  return ids;
}
