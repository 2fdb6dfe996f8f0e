import type { ServiceContext } from "@quartet/core";
import { clients, orderLines, orders } from "@quartet/db/org";
import { and, desc, eq, gte, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { visibleClientIds } from "../clients/visibility.ts";
import { listOrdersInput } from "../orders/list-orders.ts";
import { businessDate } from "../orders/order-input.ts";
import { orderOf } from "../orders/order-view.ts";
import { decodeCursor, pageOf } from "../timeline/cursor.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { cursorPages } from "./cursor-pages.ts";
import { localeParam } from "./query-params.ts";

/**
 * The query of an orders export: the filters of `core.orders.list` (a client, which is optional
 * here, and the status), the payment state and a range of order dates (inclusive), and the header language.
 *
 * @example /api/v1/exports/orders.csv?paymentStatus=unpaid&from=2026-01-01&to=2026-03-31&locale=ru
 */
export const orderExportQuery = listOrdersInput
  .pick({ clientId: true, status: true })
  .partial({ clientId: true })
  .extend({
    paymentStatus: z
      .enum(["unpaid", "partial", "paid", "overpaid"], "Use unpaid, partial, paid or overpaid")
      .optional(),
    from: businessDate.optional(),
    to: businessDate.optional(),
    locale: localeParam,
  });

/** The filters of an orders export. */
export type OrderExportFilters = Omit<z.output<typeof orderExportQuery>, "locale">;

/**
 * The conditions of an orders export. The actor's record scope holds as in `core.orders.list`:
 * a named client must be one they may see (NOT_FOUND otherwise), and without one only the
 * orders of the clients they may see are read.
 */
export async function orderConditions(ctx: ServiceContext, filters: OrderExportFilters): Promise<SQL[]> {
  const where: (SQL | undefined)[] = [];
  if (filters.clientId) {
    await visibleClient(ctx, filters.clientId);
    where.push(eq(orders.clientId, filters.clientId));
  } else {
    const visible = visibleClientIds(ctx.actor);
    if (visible) where.push(sql`${orders.clientId} in (${visible})`);
  }
  if (filters.status) where.push(eq(orders.status, filters.status));
  if (filters.paymentStatus) where.push(eq(orders.paymentStatus, filters.paymentStatus));
  if (filters.from) where.push(gte(orders.orderedOn, filters.from));
  if (filters.to) where.push(lte(orders.orderedOn, filters.to));
  return where.filter((w) => w !== undefined);
}

const pageSize = 500;

/** The orders matching `where`, newest date first, with their client's name and number of lines, a page at a time. */
export function orderRows(ctx: ServiceContext, where: SQL[]): AsyncGenerator<Record<string, unknown>> {
  return cursorPages(async (cursor) => {
    const after = cursor ? decodeCursor(cursor, ["string", "string"]) : null;
    const rows = await ctx.org.db
      .select({
        order: orders,
        clientName: clients.name,
        lines: sql<number>`(select count(*) from ${orderLines} where ${orderLines.orderId} = ${orders.id})`,
      })
      .from(orders)
      .leftJoin(clients, eq(clients.id, orders.clientId))
      .where(
        and(
          ...where,
          after
            ? or(lt(orders.orderedOn, after[0]), and(eq(orders.orderedOn, after[0]), lt(orders.id, after[1])))
            : undefined,
        ),
      )
      .orderBy(desc(orders.orderedOn), desc(orders.id))
      .limit(pageSize + 1);
    const page = pageOf(rows, pageSize, (row) => [row.order.orderedOn, row.order.id]);
    return {
      items: page.items.map((row) => ({
        ...orderOf(row.order),
        clientName: row.clientName,
        lines: row.lines,
      })),
      nextCursor: page.nextCursor,
    };
  });
}
