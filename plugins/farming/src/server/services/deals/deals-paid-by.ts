import { localDate, type OrderFact, type WriteScope } from "@quartet/core";
import { and, eq, isNotNull, or } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import { categoryFamily, matchesOrder } from "../../../domain/deal-flow.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import type { DealRow } from "./load-deal.ts";

/**
 * The open deals a paid order closes (domain `matchesOrder`): the deal it was issued from, and the
 * client's deals whose category (or one under it) is among the order's lines, opened on or before
 * the day it was ordered. Reads inside the caller's transaction, orders from the earliest such
 * deal's opening day on (an invoice is issued after its deal opened); the order comes with them.
 */
export async function dealsPaidBy(
  ctx: FarmingContext,
  scope: WriteScope,
  org: OrgInfo,
  payment: { orderId: string; clientId: string; sourceRef: string | null },
): Promise<{ order: OrderFact; deals: DealRow[] } | null> {
  const issuedFrom = payment.sourceRef ? eq(deals.id, payment.sourceRef) : undefined;
  const sameCategory = and(eq(deals.clientId, payment.clientId), isNotNull(deals.categoryId));
  const open = await scope.tx
    .select()
    .from(deals)
    .where(and(eq(deals.status, "open"), or(issuedFrom, sameCategory)));
  if (open.length === 0) return null;
  const createdOn = (d: DealRow) => localDate(d.createdAt, org.timeZone);
  const since = open.map(createdOn).sort()[0];
  const facts = await ctx.records.orders.facts({ clientIds: [payment.clientId], since }, scope);
  const order = facts.find((f) => f.orderId === payment.orderId);
  if (!order) return null;
  const catalog = open.some((d) => d.categoryId) ? await ctx.records.catalog.categories() : [];
  const matched = open.filter((d) =>
    matchesOrder(
      { id: d.id, clientId: d.clientId, categoryId: d.categoryId, createdOn: createdOn(d) },
      order,
      d.categoryId ? categoryFamily(catalog, d.categoryId) : new Set(),
    ),
  );
  return { order, deals: matched };
}
