import type { FactFilter, OrderFact, SalesFunction, ServiceContext, WriteScope } from "@quartet/core";
import { type SQL, sql } from "drizzle-orm";
import { visibleClientIds } from "../clients/visibility.ts";
import { chunked } from "./chunked.ts";
import { readerOf } from "./reader-of.ts";

type Row = {
  order_id: string;
  client_id: string;
  number: string;
  ordered_on: string;
  currency: string;
  total_minor: number;
  paid_minor: number;
  payment_status: OrderFact["paymentStatus"];
  function: SalesFunction | null;
  source_ref: string | null;
  /** `category:total` pairs joined by commas; an empty category is a line without one. */
  categories: string | null;
};

/** Reads `cat_1:1200,:300` back into line totals per category (ids never hold `:` or `,`). */
function categoriesOf(packed: string | null): OrderFact["categories"] {
  if (!packed) return [];
  return packed.split(",").map((pair) => {
    const at = pair.lastIndexOf(":");
    const id = pair.slice(0, at);
    return { categoryId: id === "" ? null : id, totalMinor: Number(pair.slice(at + 1)) };
  });
}

/** The conditions every fact read shares: the actor's clients, these ids, on or after `since`. */
export function factConditions(
  ctx: Pick<ServiceContext, "actor">,
  columns: { client: SQL; date: SQL },
  ids: readonly string[] | undefined,
  since: string | undefined,
): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  const visible = visibleClientIds(ctx.actor);
  if (visible) parts.push(sql`${columns.client} in (${visible})`);
  if (ids)
    parts.push(
      sql`${columns.client} in (${sql.join(
        [...ids].map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  if (since) parts.push(sql`${columns.date} >= ${since}`);
  return sql.join(parts, sql` and `);
}

/**
 * Confirmed orders with their line totals per category, oldest first: one grouped read over
 * orders, lines and products (per 500 clients when ids are given), one row per order with its
 * categories packed in one column — about four times faster to read than a row per category.
 */
export async function orderFacts(
  ctx: Pick<ServiceContext, "org" | "actor">,
  filter: FactFilter,
  scope?: WriteScope,
): Promise<OrderFact[]> {
  const db = readerOf(ctx, scope);
  const rows = await chunked(filter.clientIds, (ids) => {
    const where = factConditions(
      ctx,
      { client: sql`o.client_id`, date: sql`o.ordered_on` },
      ids,
      filter.since,
    );
    return db.all<Row>(sql`
      select order_id, client_id, number, ordered_on, currency, total_minor, paid_minor, payment_status,
             function, source_ref,
             group_concat(coalesce(category_id, '') || ':' || category_total, ',') as categories
      from (
        select o.id as order_id, o.client_id, o.number, o.ordered_on, o.currency, o.total_minor,
               o.paid_minor, o.payment_status, o.function, o.source_ref,
               p.category_id, sum(l.total_minor) as category_total
        from core_orders o
        left join core_order_lines l on l.order_id = o.id
        left join core_products p on p.id = l.product_id
        where o.status = 'confirmed' and ${where}
        group by o.id, p.category_id
      )
      group by order_id
      order by ordered_on, order_id`);
  });
  const facts = rows.map(
    (row): OrderFact => ({
      orderId: row.order_id,
      clientId: row.client_id,
      number: row.number,
      orderedOn: row.ordered_on,
      currency: row.currency,
      totalMinor: row.total_minor,
      paidMinor: row.paid_minor,
      paymentStatus: row.payment_status,
      function: row.function,
      sourceRef: row.source_ref,
      categories: categoriesOf(row.categories),
    }),
  );
  if (!filter.clientIds) return facts;
  return facts.sort((a, b) =>
    a.orderedOn === b.orderedOn ? a.orderId.localeCompare(b.orderId) : a.orderedOn < b.orderedOn ? -1 : 1,
  );
}
