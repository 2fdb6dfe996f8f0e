import { assertSameCurrency, type Money } from "./money.ts";

/** −1, 0 or 1 as `a` is less than, equal to or greater than `b`; throws `BAD_INPUT` across currencies. Fits `Array.sort`. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  if (a.amountMinor === b.amountMinor) return 0;
  return a.amountMinor < b.amountMinor ? -1 : 1;
}

/** True when both the amount and the currency match: 100 ₽ never equals 100 $. */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amountMinor === b.amountMinor;
}

/** True for an amount of zero. */
export function isZero(m: Money): boolean {
  return m.amountMinor === 0;
}

/** True for an amount below zero (a refund, a debt). */
export function isNegative(m: Money): boolean {
  return m.amountMinor < 0;
}

/** True for an amount above zero. */
export function isPositive(m: Money): boolean {
  return m.amountMinor > 0;
}
