import { DomainError } from "../errors.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { type CurrencyCode, currencyExponent } from "./currency.ts";
import { type Decimal, pow10, toDecimal } from "./decimal.ts";
import { type Money, money } from "./money.ts";

// Optional sign (also U+2212 minus); digits, or digits grouped by threes with a space, a
// no-break space, a narrow no-break space or a thin space; then "." or "," and the fraction.
const majorPattern = /^([-+\u2212]?)(\d+|\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+)(?:[.,](\d+))?$/;

/**
 * Reads an amount in major units exactly, with no float error. Strings may be typed the
 * Russian way — `"1 234,56"` (spaces or no-break spaces between thousands, a decimal comma) —
 * or the machine way — `"1234.56"`. Throws `BAD_INPUT` on anything else, on more decimals than
 * the currency has (`"0,001"` RUB; trailing zeros are fine) and past the safe-integer range.
 *
 * @example fromMajor("1 234,56", "RUB") // { amountMinor: 123456, currency: "RUB" }
 */
export function fromMajor(value: string | number, currency: CurrencyCode): Money {
  const decimal = typeof value === "number" ? toDecimal(value) : parseDecimal(value);
  const exponent = currencyExponent(currency);
  let { digits, scale } = decimal;
  while (scale > exponent && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  if (scale > exponent) {
    throw new DomainError("BAD_INPUT", clientMessages.decimalPlaces, {
      params: { currency, exponent, value: String(value) },
    });
  }
  const amountMinor = Number(digits * pow10(exponent - scale));
  if (!Number.isSafeInteger(amountMinor))
    throw new DomainError("BAD_INPUT", clientMessages.amountTooLarge, { params: { value: String(value) } });
  return money(amountMinor, currency);
}

function parseDecimal(text: string): Decimal {
  const match = majorPattern.exec(text.trim());
  if (!match) throw new DomainError("BAD_INPUT", clientMessages.notAmount, { params: { text } });
  const [, sign = "", whole = "", fraction = ""] = match;
  const magnitude = BigInt(whole.replace(/\D/g, "") + fraction);
  return { digits: sign === "-" || sign === "\u2212" ? -magnitude : magnitude, scale: fraction.length };
}

/**
 * The amount in major units as plain machine text — `"-1234.56"`, `"100"` for JPY — with a
 * point, no grouping and all minor digits: for CSV, APIs and form fields, not for display.
 */
export function toMajorString(m: Money): string {
  const exponent = currencyExponent(m.currency);
  const digits = String(Math.abs(m.amountMinor)).padStart(exponent + 1, "0");
  const sign = m.amountMinor < 0 ? "-" : "";
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
