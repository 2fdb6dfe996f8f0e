import {
  type CurrencyCode,
  type Money,
  money,
  type OrderLine,
  type OrderTotals,
  orderTotals,
} from "@quartet/core";

/** A deal line: a catalog product or a free line, a quantity at a price, less a discount in percent. */
export type DealLine = {
  productId: string | null;
  name: string;
  quantity: number;
  price: Money;
  discountPercent: number;
};

/**
 * What a deal is worth: the total of its lines, computed exactly as core computes an order
 * (`orderTotals`, kopeck rounding per line) so the invoice agrees with the deal; without lines,
 * the hunter's estimate. Throws `BAD_INPUT` naming `lines.<i>.<field>` for a bad line.
 *
 * @example dealAmount([], "RUB", 5_000_000) // 50 000,00 ₽ (an estimate)
 */
export function dealAmount(lines: readonly DealLine[], currency: CurrencyCode, estimateMinor: number): Money {
  if (lines.length === 0) return money(estimateMinor, currency);
  return dealTotals(lines, currency).total;
}

/** Subtotal, discount and total of a deal's lines. */
export function dealTotals(lines: readonly DealLine[], currency: CurrencyCode): OrderTotals {
  const orderLines: OrderLine[] = lines.map((l) => ({
    productId: l.productId,
    name: l.name,
    quantity: l.quantity,
    price: l.price,
    discountPercent: l.discountPercent,
  }));
  return orderTotals(orderLines, currency);
}
