import { percentOf, subtract } from "./arithmetic.ts";
import type { CurrencyCode } from "./currency.ts";
import { type Money, money } from "./money.ts";
import { divideRounded } from "./rounding.ts";
import { fieldRefusal, documentMoneyMessages as m } from "./vat-messages.ts";
import { type LineQuantity, quantityThousandths } from "./vat-quantity.ts";
import { isVatRateId, type VatRateId, vatRate } from "./vat-rates.ts";

/** Whether a document's prices already hold VAT (`"included"`, «в том числе НДС») or get it on top (`"added"`, «НДС сверху»). */
export type VatPricing = "included" | "added";

/** A line's discount: a percent of its amount (`12.5`) or a sum off the whole line, in minor units. */
export type LineDiscount = { readonly percent: number } | { readonly amountMinor: number };

/** One line of a document as entered: quantity, unit price in minor units (with or without VAT as the document's pricing says), discount, VAT rate. */
export type VatLineInput = {
  readonly quantity: LineQuantity;
  readonly unitPriceMinor: number;
  readonly discount?: LineDiscount;
  readonly vatRate: VatRateId;
};

/** A line worked out: its amount before the discount, the discount, and net + VAT = gross. */
export type VatLine = {
  readonly vatRate: VatRateId;
  /** Quantity × unit price, rounded to the kopeck (with VAT when prices include it). */
  readonly amount: Money;
  readonly discount: Money;
  /** Without VAT. */
  readonly net: Money;
  readonly vat: Money;
  /** With VAT: what the buyer pays for the line. */
  readonly gross: Money;
};

/**
 * One line to the kopeck, half-up at each step: amount = quantity × price; the discount comes
 * off that amount (a percent of it, rounded); then VAT of what is left — `rate %` of it when
 * added, `rate / (100 + rate)` of it when included (so net + VAT = gross exactly). «Без НДС»
 * charges none. Throws `BAD_INPUT` naming `lines.<index>.<field>`.
 *
 * @example vatLine({ quantity: "3", unitPriceMinor: 10000, vatRate: "vat20" }, "added", "RUB", 0) // net 300 ₽, VAT 60 ₽, gross 360 ₽
 */
export function vatLine(
  line: VatLineInput,
  pricing: VatPricing,
  currency: CurrencyCode,
  index: number,
): VatLine {
  const path = `lines.${index}`;
  const rate = rateOf(line.vatRate, `${path}.vatRate`);
  const price = unitPrice(line.unitPriceMinor, `${path}.unitPriceMinor`);
  const thousandths = quantityThousandths(line.quantity, `${path}.quantity`);
  const amount = lineMoney(divideRounded(thousandths * price, 1000n, "half-up"), currency, index);
  const discount = discountOf(line.discount, amount, `${path}.discount`);
  const charged = subtract(amount, discount);
  const vat = lineMoney(vatOf(charged, rate, pricing), currency, index);
  const net = pricing === "included" ? subtract(charged, vat) : charged;
  const gross =
    pricing === "included"
      ? charged
      : lineMoney(BigInt(charged.amountMinor) + BigInt(vat.amountMinor), currency, index);
  return { vatRate: line.vatRate, amount, discount, net, vat, gross };
}

// VAT in minor units: rate % of a net amount, or rate / (100 + rate) of a gross one.
function vatOf(charged: Money, percent: number | null, pricing: VatPricing): bigint {
  if (percent === null) return 0n;
  const base = BigInt(charged.amountMinor) * BigInt(percent);
  return divideRounded(base, pricing === "added" ? 100n : BigInt(100 + percent), "half-up");
}

function rateOf(id: unknown, field: string): number | null {
  if (!isVatRateId(id)) throw fieldRefusal(m.vatRate, field, { value: String(id) });
  return vatRate(id).percent;
}

function unitPrice(value: number, field: string): bigint {
  if (!(Number.isSafeInteger(value) && value >= 0)) throw fieldRefusal(m.unitPrice, field, { value });
  return BigInt(value);
}

function discountOf(discount: LineDiscount | undefined, amount: Money, field: string): Money {
  if (discount === undefined) return money(0, amount.currency);
  if ("percent" in discount) {
    const { percent } = discount;
    if (!(Number.isFinite(percent) && percent >= 0 && percent <= 100))
      throw fieldRefusal(m.discountPercent, field, { value: percent });
    return percentOf(amount, percent);
  }
  const value = discount.amountMinor;
  if (!(Number.isSafeInteger(value) && value >= 0 && value <= amount.amountMinor)) {
    const shown = Number.isSafeInteger(value)
      ? { amountMinor: value, currency: amount.currency }
      : String(value);
    const params = { value: shown, amount: { amountMinor: amount.amountMinor, currency: amount.currency } };
    throw fieldRefusal(m.discountAmount, field, params);
  }
  return money(value, amount.currency);
}

function lineMoney(minor: bigint, currency: CurrencyCode, index: number): Money {
  const amount = Number(minor);
  if (!Number.isSafeInteger(amount)) {
    throw fieldRefusal(m.lineTooLarge, `lines.${index}`, { line: index + 1 });
  }
  return money(amount, currency);
}
