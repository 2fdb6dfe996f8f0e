/**
 * ISO 4217 minor-unit exponent of each supported currency: the digits after the decimal point
 * (kopecks, cents). The currencies a Russian-speaking company meets: RUB first, then its trade
 * partners and neighbours.
 */
export const currencyExponents = {
  RUB: 2,
  USD: 2,
  EUR: 2,
  CNY: 2,
  KZT: 2,
  BYN: 2,
  UZS: 2,
  AMD: 2,
  KGS: 2,
  TJS: 2,
  AZN: 2,
  GEL: 2,
  MDL: 2,
  GBP: 2,
  CHF: 2,
  TRY: 2,
  AED: 2,
  INR: 2,
  JPY: 0,
} as const satisfies Record<string, number>;

/** An ISO 4217 code of a supported currency, e.g. `"RUB"`. */
export type CurrencyCode = keyof typeof currencyExponents;

/** Every supported currency code, RUB first. */
export const currencyCodes = Object.keys(currencyExponents) as readonly CurrencyCode[];

/** The currency a new organisation and an amount without a currency get. */
export const defaultCurrency: CurrencyCode = "RUB";

/** True when `value` is a supported currency code (exact, upper case), e.g. for input from a form or CSV. */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === "string" && Object.hasOwn(currencyExponents, value);
}

/** Digits after the decimal point in `currency`: 2 for RUB (kopecks), 0 for JPY. */
export function currencyExponent(currency: CurrencyCode): number {
  return currencyExponents[currency];
}
