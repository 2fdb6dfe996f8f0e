import { type CurrencyCode, type Money, money, paymentStatus } from "@quartet/core";
import type { orderLines, orders, payments } from "@quartet/db/org";

type OrderRow = typeof orders.$inferSelect;

/** An order as the API shows it: amounts as Money, what is still due and any overpayment. */
export function orderOf(row: OrderRow) {
  const currency = row.currency as CurrencyCode;
  const total = money(row.totalMinor, currency);
  const paid = money(row.paidMinor, currency);
  const { due, paidShare } = paymentStatus(total, [paid]);
  return {
    id: row.id,
    number: row.number,
    clientId: row.clientId,
    status: row.status,
    currency,
    subtotal: money(row.subtotalMinor, currency),
    discount: money(row.discountMinor, currency),
    total,
    paid,
    due,
    /** Paid beyond the total; zero unless `paymentStatus` is `overpaid`. */
    overpaidBy: money(Math.max(0, row.paidMinor - row.totalMinor), currency),
    paidShare,
    paymentStatus: row.paymentStatus,
    function: row.function,
    sourceRef: row.sourceRef,
    orderedOn: row.orderedOn,
    /** Days to pay granted by a plugin's pricing (a VIP deferral); null: the company's usual terms. */
    paymentTermsDays: row.paymentTermsDays,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** An order line as the API shows it. */
export function lineOf(row: typeof orderLines.$inferSelect, currency: CurrencyCode) {
  const { priceMinor, totalMinor, ...rest } = row;
  return { ...rest, price: money(priceMinor, currency), total: money(totalMinor, currency) };
}

/** A payment as the API shows it. */
export function paymentOf(row: typeof payments.$inferSelect) {
  const { amountMinor, currency, ...rest } = row;
  const amount: Money = money(amountMinor, currency as CurrencyCode);
  return { ...rest, amount };
}
