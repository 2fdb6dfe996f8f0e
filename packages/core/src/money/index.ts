export { allocate } from "./allocate.ts";
export { add, multiply, negate, percentOf, subtract, sum } from "./arithmetic.ts";
export { compare, equals, isNegative, isPositive, isZero } from "./compare.ts";
export {
  type CurrencyCode,
  currencyCodes,
  currencyExponent,
  currencyExponents,
  defaultCurrency,
  isCurrencyCode,
} from "./currency.ts";
export { type FormatMoneyOptions, formatMoney } from "./format.ts";
export { fromMajor, toMajorString } from "./major-units.ts";
export { assertSameCurrency, type Money, money, zero } from "./money.ts";
export type { Rounding } from "./rounding.ts";
