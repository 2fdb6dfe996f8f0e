import type { ServiceContext } from "@quartet/core";
import { recordMessages } from "@quartet/core";
import { orders } from "@quartet/db/org";
import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { decodeCursor, pageOf } from "../timeline/cursor.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { orderOf } from "./order-view.ts";

/** A client's orders, a page at a time. */
export const listOrdersInput = z.object({
  clientId: z.string().min(1, recordMessages.chooseClient),
  status: z.enum(["confirmed", "cancelled"]).optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

/** A client's orders, newest business date first, with totals and payment state (no lines). */
export async function listOrders({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof listOrdersInput>;
}) {
  await visibleClient(ctx, input.clientId);
  const where: (SQL | undefined)[] = [eq(orders.clientId, input.clientId)];
  if (input.status) where.push(eq(orders.status, input.status));
  if (input.cursor) {
    const [on, id] = decodeCursor(input.cursor, ["string", "string"]);
    where.push(or(lt(orders.orderedOn, on), and(eq(orders.orderedOn, on), lt(orders.id, id))));
  }
  const rows = await ctx.org.db
    .select()
    .from(orders)
    .where(and(...where))
    .orderBy(desc(orders.orderedOn), desc(orders.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => [row.orderedOn, row.id]);
  return { items: page.items.map(orderOf), nextCursor: page.nextCursor };
}
