import type { InValue } from "@libsql/client";
import { multiInsert } from "../src/records/import/multi-insert.ts";

/** The part of a libSQL client and the organisation's write lock the seed uses. */
export type OrgHandle = {
  client: { batch(statements: ReturnType<typeof multiInsert>, mode: "write"): Promise<unknown> };
  lock: { run<T>(fn: () => Promise<T>): Promise<T> };
};

/** What a seeded organisation holds; `calls: false` leaves out the calls (farming reads them, VIP does not). */
export type SeedSize = { clients: number; lines: number; linesPerOrder: number; calls?: boolean };

const industries = [
  "Строительство",
  "Розница",
  "Производство",
  "Логистика",
  "HoReCa",
  "IT",
  "Медицина",
  "Энергетика",
];
const categoriesCount = 20;
const productsPerCategory = 10;
const day = 86_400_000;

/** A small deterministic generator (mulberry32), so every run seeds the same history. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Inserts `rows` into `table` in atomic batches of 5,000 multi-VALUES rows under the organisation's write lock. */
export async function insert(handle: OrgHandle, table: string, columns: string[], rows: InValue[][]) {
  for (let i = 0; i < rows.length; i += 5_000) {
    const part = rows.slice(i, i + 5_000);
    await handle.lock.run(() => handle.client.batch(multiInsert(table, columns, part), "write"));
  }
}

/**
 * Seeds two years of history with raw multi-VALUES batches (not measured): `clients` customers in
 * eight industries with five farmers, 20 categories × 10 products, orders of `linesPerOrder` lines
 * from each client's favourite categories at a client-specific rhythm until `lines` lines exist,
 * each order paid in full three days later, and a call every ~90 days (unless `calls` is false).
 * Shared by the plugins' benchmarks.
 */
export async function seedHistory(handle: OrgHandle, size: SeedSize, now: number): Promise<void> {
  const rand = random(42);
  const categories = Array.from({ length: categoriesCount }, (_, i) => [
    `cat_${i}`,
    null,
    `Категория ${i}`,
    i,
    now,
  ]);
  await insert(
    handle,
    "core_product_categories",
    ["id", "parent_id", "name", "position", "created_at"],
    categories,
  );
  const products: InValue[][] = [];
  for (let c = 0; c < categoriesCount; c++)
    for (let p = 0; p < productsPerCategory; p++)
      products.push([
        `prd_${c}_${p}`,
        `cat_${c}`,
        `SKU-${c}-${p}`,
        `Товар ${c}-${p}`,
        "шт",
        10_000 + p * 1_000,
        "RUB",
        1,
        now,
        now,
      ]);
  // biome-ignore format: the core_products columns
  await insert(handle, "core_products", ["id", "category_id", "sku", "name", "unit", "price_minor", "currency", "active", "created_at", "updated_at"], products);

  const clients: InValue[][] = [];
  const orders: InValue[][] = [];
  const lines: InValue[][] = [];
  const payments: InValue[][] = [];
  const calls: InValue[][] = [];
  const ordersPerClient = Math.ceil(size.lines / size.linesPerOrder / size.clients);
  const start = now - 730 * day;
  let lineCount = 0;
  for (let i = 0; i < size.clients; i++) {
    const id = `cli_${String(i).padStart(6, "0")}`;
    const name = `ООО Клиент ${i}`;
    // biome-ignore format: one core_clients row
    clients.push([id, "company", name, name.toLowerCase(), "[]", "[]", industries[i % industries.length] ?? null, "[]", "{}", "customer", "standard", `usr_farmer_${i % 5}`, "bench", start, now]);
    const favourites = Array.from({ length: 2 + Math.floor(rand() * 5) }, () =>
      Math.floor(rand() * categoriesCount),
    );
    const rhythm = 730 / ordersPerClient;
    for (let o = 0; o < ordersPerClient && lineCount < size.lines; o++) {
      const orderedAt = Math.min(now - day, start + Math.floor((o + rand() * 0.5) * rhythm * day));
      const orderId = `ord_${i}_${o}`;
      let total = 0;
      for (let l = 0; l < size.linesPerOrder && lineCount < size.lines; l++, lineCount++) {
        const category = favourites[l % favourites.length] ?? 0;
        const product = Math.floor(rand() * productsPerCategory);
        const price = 10_000 + product * 1_000;
        const quantity = 1 + Math.floor(rand() * 10);
        total += price * quantity;
        lines.push([
          `oln_${i}_${o}_${l}`,
          orderId,
          l,
          `prd_${category}_${product}`,
          `Товар ${category}-${product}`,
          quantity,
          "шт",
          price,
          0,
          price * quantity,
        ]);
      }
      // biome-ignore format: one core_orders row
      orders.push([orderId, id, `B-${i}-${o}`, "confirmed", "RUB", total, 0, total, total, "paid", "farming", null, isoDate(orderedAt), null, "bench", orderedAt, orderedAt]);
      payments.push([
        `pay_${i}_${o}`,
        orderId,
        id,
        total,
        "RUB",
        isoDate(orderedAt + 3 * day),
        "bank",
        null,
        "bench",
        orderedAt + 3 * day,
      ]);
    }
    if (size.calls === false) continue;
    for (let at = start + Math.floor(rand() * 90) * day; at < now; at += 90 * day)
      calls.push([
        `act_${i}_${at}`,
        id,
        "call",
        "farming",
        `usr_farmer_${i % 5}`,
        "Фермер",
        "Звонок",
        "{}",
        at,
        at,
      ]);
  }
  // biome-ignore format: column lists
  await insert(handle, "core_clients", ["id", "kind", "name", "name_normalized", "phones", "emails", "industry", "tags", "custom_fields", "stage", "tier", "farming_owner_id", "created_by", "created_at", "updated_at"], clients);
  // biome-ignore format: column lists
  await insert(handle, "core_orders", ["id", "client_id", "number", "status", "currency", "subtotal_minor", "discount_minor", "total_minor", "paid_minor", "payment_status", "function", "source_ref", "ordered_on", "note", "created_by", "created_at", "updated_at"], orders);
  // biome-ignore format: column lists
  await insert(handle, "core_order_lines", ["id", "order_id", "position", "product_id", "name", "quantity", "unit", "price_minor", "discount_percent", "total_minor"], lines);
  // biome-ignore format: column lists
  await insert(handle, "core_payments", ["id", "order_id", "client_id", "amount_minor", "currency", "paid_on", "method", "reference", "created_by", "created_at"], payments);
  // biome-ignore format: column lists
  await insert(handle, "core_activities", ["id", "client_id", "type", "function", "author_id", "author_name", "body", "data", "occurred_at", "created_at"], calls);
}
