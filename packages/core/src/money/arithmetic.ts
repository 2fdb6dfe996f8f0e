import type { CurrencyCode } from "./currency.ts";
import { pow10, toDecimal } from "./decimal.ts";
import { assertSameCurrency, type Money, money, zero } from "./money.ts";
import { divideRounded, type Rounding } from "./rounding.ts";

/** `a + b`; throws `BAD_INPUT` across currencies or past the safe-integer range. */
export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

/** `a − b`; throws `BAD_INPUT` across currencies or past the safe-integer range. */
export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

/** `−m`: a refund of `m`. */
export function negate(m: Money): Money {
  return money(-m.amountMinor, m.currency);
}

/** The total of `list` in `currency` (zero for an empty list); throws `BAD_INPUT` if any item is in another currency. */
export function sum(list: readonly Money[], currency: CurrencyCode): Money {
  return list.reduce(add, zero(currency));
}

/**
 * `m × factor` to the nearest minor unit: a price times a quantity (`1.5` kg), a discount
 * coefficient (`0.9`). The factor counts as the decimal it reads as, so `multiply(1005 kop., 1.1)`
 * is exactly 1105.5 and rounds to 1106. Ties round `half-up` (away from zero) unless told.
 *
 * @example multiply(money(1999, "RUB"), 3) // 59,97 ₽
 */
export function multiply(m: Money, factor: number, rounding: Rounding = "half-up"): Money {
  return scaled(m, factor, 0, rounding);
}

/**
 * `percent` % of `m` to the nearest minor unit, e.g. VAT or a commission; ties round `half-up`
 * unless told.
 *
 * @example percentOf(money(10000, "RUB"), 20) // 20,00 ₽
 */
export function percentOf(m: Money, percent: number, rounding: Rounding = "half-up"): Money {
  return scaled(m, percent, 2, rounding);
}

function scaled(m: Money, factor: number, extraScale: number, rounding: Rounding): Money {
  const { digits, scale } = toDecimal(factor);
  const exact = divideRounded(BigInt(m.amountMinor) * digits, pow10(scale + extraScale), rounding);
  return money(Number(exact), m.currency);
}
