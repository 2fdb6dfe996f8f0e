import type { ServiceContext } from "@quartet/core";
import { productCategories, products } from "@quartet/db/org";
import { asc, count } from "drizzle-orm";
import type { CategoryRow } from "./categories.ts";

/** A category with its product counts and subcategories. */
export type CategoryNode = CategoryRow & {
  /** Products directly in this category. */
  productCount: number;
  /** Products in this category and all beneath it. */
  totalProductCount: number;
  children: CategoryNode[];
};

/** The whole category tree in position order, with product counts, and how many products have no category. */
export async function categoryTree({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.org.db
    .select()
    .from(productCategories)
    .orderBy(asc(productCategories.position), asc(productCategories.name));
  const counts = await ctx.org.db
    .select({ categoryId: products.categoryId, n: count() })
    .from(products)
    .groupBy(products.categoryId);
  const direct = new Map(counts.map((c) => [c.categoryId, c.n]));
  const nodes = new Map<string, CategoryNode>(
    rows.map((row) => [
      row.id,
      { ...row, productCount: direct.get(row.id) ?? 0, totalProductCount: 0, children: [] },
    ]),
  );
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const total = (node: CategoryNode): number => {
    node.totalProductCount = node.productCount + node.children.reduce((sum, child) => sum + total(child), 0);
    return node.totalProductCount;
  };
  for (const root of roots) total(root);
  return { categories: roots, uncategorised: direct.get(null) ?? 0 };
}
