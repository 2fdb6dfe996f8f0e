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
  category_id: string | null;
  category_total: number | null;
};

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
 * orders, lines and products (per 500 clients when ids are given). Orders without lines carry none.
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
      select o.id as order_id, o.client_id, o.number, o.ordered_on, o.currency, o.total_minor,
             o.paid_minor, o.payment_status, o.function, o.source_ref,
             p.category_id, sum(l.total_minor) as category_total
      from core_orders o
      left join core_order_lines l on l.order_id = o.id
      left join core_products p on p.id = l.product_id
      where o.status = 'confirmed' and ${where}
      group by o.id, p.category_id
      order by o.ordered_on, o.id`);
  });
  const byId = new Map<string, OrderFact>();
  for (const row of rows) {
    let fact = byId.get(row.order_id);
    if (!fact) {
      fact = {
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
        categories: [],
      };
      byId.set(row.order_id, fact);
    }
    if (row.category_total !== null)
      fact.categories.push({ categoryId: row.category_id, totalMinor: row.category_total });
  }
  return [...byId.values()].sort((a, b) =>
    a.orderedOn === b.orderedOn ? a.orderId.localeCompare(b.orderId) : a.orderedOn < b.orderedOn ? -1 : 1,
  );
}
