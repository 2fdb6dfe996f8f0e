import { DomainError } from "../errors.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { recordMessages } from "../messages/catalogs/records.ts";
import { toDecimal } from "../money/decimal.ts";
import {
  add,
  type CurrencyCode,
  compare,
  isNegative,
  type Money,
  multiply,
  percentOf,
  subtract,
  sum,
  zero,
} from "../money/index.ts";

/** One line of an order: a quantity (up to 3 decimals: 1.5 kg) at a unit price, less a discount in percent. */
export type OrderLine = {
  productId?: string | null;
  name: string;
  quantity: number;
  price: Money;
  discountPercent?: number | null;
};

/** Money before discount, the discount, and what is charged (`total = subtotal − discount`). */
export type OrderTotals = { subtotal: Money; discount: Money; total: Money };

/** What has been paid against an order and what is left. */
export type PaymentStatus = {
  paid: Money;
  /** What is still owed; zero once paid or overpaid. */
  due: Money;
  status: "unpaid" | "partial" | "paid" | "overpaid";
  /** `paid / total`, 0 at least, above 1 when overpaid; 1 for a free order. */
  paidShare: number;
};

/**
 * A line's totals, each rounded to the kopeck half-up: `price × quantity`, then the discount
 * on that. Throws `BAD_INPUT` naming `quantity`, `price` or `discountPercent`.
 *
 * @example lineTotal({ name: "Сыр", quantity: 1.5, price: rub(99999), discountPercent: 10 }).total // 1 349,99 ₽
 */
export function lineTotal(line: OrderLine): OrderTotals {
  return totalsOf(line, "");
}

/**
 * An order's totals: the sum of its lines' rounded totals, so the order agrees with its lines
 * to the kopeck. Every price must be in `currency`, else `BAD_INPUT` naming `lines.<i>.price`.
 */
export function orderTotals(lines: readonly OrderLine[], currency: CurrencyCode): OrderTotals {
  let totals: OrderTotals = { subtotal: zero(currency), discount: zero(currency), total: zero(currency) };
  lines.forEach((line, i) => {
    if (line.price.currency !== currency) {
      throw new DomainError("BAD_INPUT", clientMessages.linePricedIn, {
        params: { line: i + 1, lineCurrency: line.price.currency, currency },
        fields: { [`lines.${i}.price`]: { key: clientMessages.expectedPriceIn, params: { currency } } },
      });
    }
    const next = totalsOf(line, `lines.${i}.`);
    totals = {
      subtotal: add(totals.subtotal, next.subtotal),
      discount: add(totals.discount, next.discount),
      total: add(totals.total, next.total),
    };
  });
  return totals;
}

/**
 * How far `payments` (refunds negative) cover `total`. A free order counts as paid. Throws
 * `BAD_INPUT` naming `total` when it is negative, `payments.<i>` for another currency.
 */
export function paymentStatus(total: Money, payments: readonly Money[]): PaymentStatus {
  if (isNegative(total))
    throw new DomainError("BAD_INPUT", clientMessages.totalNegative, {
      fields: { total: clientMessages.mustNotBeNegative },
    });
  payments.forEach((payment, i) => {
    if (payment.currency !== total.currency) {
      throw new DomainError("BAD_INPUT", clientMessages.paymentIn, {
        params: { payment: i + 1, paymentCurrency: payment.currency, currency: total.currency },
        fields: {
          [`payments.${i}`]: { key: clientMessages.expectedAmountIn, params: { currency: total.currency } },
        },
      });
    }
  });
  const paid = sum(payments, total.currency);
  const left = subtract(total, paid);
  const due = isNegative(left) ? zero(total.currency) : left;
  const order = compare(paid, total);
  const status = order > 0 ? "overpaid" : order === 0 ? "paid" : paid.amountMinor > 0 ? "partial" : "unpaid";
  const paidShare = total.amountMinor === 0 ? 1 : Math.max(0, paid.amountMinor / total.amountMinor);
  return { paid, due, status, paidShare };
}

function totalsOf(line: OrderLine, path: string): OrderTotals {
  const fail = (field: string, key: string): never => {
    throw new DomainError("BAD_INPUT", clientMessages.orderLine, {
      params: { name: line.name, message: { key } },
      fields: { [path + field]: key },
    });
  };
  const { quantity, price } = line;
  const percent = line.discountPercent ?? 0;
  if (!(Number.isFinite(quantity) && quantity > 0)) fail("quantity", recordMessages.quantityPositive);
  if (toDecimal(quantity).scale > 3) fail("quantity", clientMessages.quantityDecimals);
  if (isNegative(price)) fail("price", clientMessages.priceNotNegative);
  if (!(Number.isFinite(percent) && percent >= 0 && percent <= 100))
    fail("discountPercent", clientMessages.discountRange);
  const subtotal = multiply(price, quantity);
  const discount = percentOf(subtotal, percent);
  return { subtotal, discount, total: subtract(subtotal, discount) };
}
