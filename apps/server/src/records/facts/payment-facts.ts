import type { FactFilter, PaymentFact, ServiceContext, WriteScope } from "@quartet/core";
import { sql } from "drizzle-orm";
import { chunked } from "./chunked.ts";
import { factConditions } from "./order-facts.ts";
import { readerOf } from "./reader-of.ts";

type Row = {
  id: string;
  order_id: string;
  client_id: string;
  amount_minor: number;
  currency: string;
  paid_on: string;
};

/** Payments of the actor's clients (these ids, on or after `since`), oldest first. */
export async function paymentFacts(
  ctx: Pick<ServiceContext, "org" | "actor">,
  filter: FactFilter,
  scope?: WriteScope,
): Promise<PaymentFact[]> {
  const db = readerOf(ctx, scope);
  const rows = await chunked(filter.clientIds, (ids) => {
    const where = factConditions(ctx, { client: sql`client_id`, date: sql`paid_on` }, ids, filter.since);
    return db.all<Row>(sql`
      select id, order_id, client_id, amount_minor, currency, paid_on
      from core_payments where ${where} order by paid_on, id`);
  });
  return rows
    .map((row) => ({
      paymentId: row.id,
      orderId: row.order_id,
      clientId: row.client_id,
      amountMinor: row.amount_minor,
      currency: row.currency,
      paidOn: row.paid_on,
    }))
    .sort((a, b) =>
      a.paidOn === b.paidOn ? a.paymentId.localeCompare(b.paymentId) : a.paidOn < b.paidOn ? -1 : 1,
    );
}
