import { allocate } from "./allocate.ts";
import { sum } from "./arithmetic.ts";
import { type CurrencyCode, defaultCurrency } from "./currency.ts";
import { money } from "./money.ts";
import { type VatLineInput, type VatPricing, vatLine } from "./vat-line.ts";
import { fieldRefusal, documentMoneyMessages as m } from "./vat-messages.ts";

/**
 * Spreads a discount on the whole document over its lines, so VAT stays per line: each line's
 * share is in proportion to what the line charges after its own discount (largest remainder,
 * `allocate`), so the shares add up to the discount exactly, and becomes part of the line's
 * discount as a sum. Throws `BAD_INPUT` (field `discount`) on a negative discount or one larger
 * than the document.
 *
 * @example withDocumentDiscount(lines, 100, "added") // 1 ₽ off, spread over the lines, then vatDocument(...)
 */
export function withDocumentDiscount(
  lines: readonly VatLineInput[],
  discountMinor: number,
  pricing: VatPricing,
  currency: CurrencyCode = defaultCurrency,
): VatLineInput[] {
  const worked = lines.map((line, index) => vatLine(line, pricing, currency, index));
  const charged = worked.map((line) => line.amount.amountMinor - line.discount.amountMinor);
  const total = sum(
    charged.map((amount) => money(amount, currency)),
    currency,
  );
  if (!(Number.isSafeInteger(discountMinor) && discountMinor >= 0 && discountMinor <= total.amountMinor)) {
    const value = Number.isSafeInteger(discountMinor)
      ? { amountMinor: discountMinor, currency }
      : String(discountMinor);
    const params = { value, amount: { amountMinor: total.amountMinor, currency } };
    throw fieldRefusal(m.documentDiscount, "discount", params);
  }
  if (discountMinor === 0) return [...lines];
  const shares = allocate(money(discountMinor, currency), charged);
  return lines.map((line, index) => ({
    ...line,
    discount: {
      amountMinor: (worked[index]?.discount.amountMinor ?? 0) + (shares[index]?.amountMinor ?? 0),
    },
  }));
}
