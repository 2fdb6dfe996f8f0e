import { demoCatalog } from "./catalog.ts";
import type { DemoCaller } from "./stage.ts";

/** A catalog product as the history orders it: its id, category index and price. */
export type SeededProduct = { id: string; name: string; category: number; priceMinor: number };

/** Creates the categories and products through `core.catalog` as the owner; answers the products by category. */
export async function seedCatalog(owner: DemoCaller): Promise<SeededProduct[][]> {
  const byCategory: SeededProduct[][] = [];
  for (const [index, group] of demoCatalog.entries()) {
    const category = await owner.core.catalog.categories.create({ name: group.category });
    const products: SeededProduct[] = [];
    for (const p of group.products) {
      const created = await owner.core.catalog.products.create({
        sku: p.sku,
        name: p.name,
        unit: p.unit,
        price: { amountMinor: p.priceMinor, currency: "RUB" },
        categoryId: category.id,
      });
      products.push({ id: created.id, name: p.name, category: index, priceMinor: p.priceMinor });
    }
    byCategory.push(products);
  }
  return byCategory;
}
