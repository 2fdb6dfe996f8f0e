import { DomainError } from "../errors.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { type CurrencyCode, isCurrencyCode } from "./currency.ts";

/**
 * An amount of money: integer minor units (kopecks, cents) and an ISO 4217 currency, never a
 * float. Build one with `money`, `fromMajor` or `zero`; values are frozen.
 *
 * @example money(123456, "RUB") // 1 234,56 ₽
 */
export type Money = { readonly amountMinor: number; readonly currency: CurrencyCode };

/** A `Money` of `amountMinor` minor units; throws `BAD_INPUT` unless it is a safe integer in a supported currency. */
export function money(amountMinor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new DomainError("BAD_INPUT", clientMessages.wholeMinorUnits, {
      params: { amount: amountMinor },
    });
  }
  if (!isCurrencyCode(currency))
    throw new DomainError("BAD_INPUT", clientMessages.unsupportedCurrency, { params: { currency } });
  return Object.freeze({ amountMinor: amountMinor === 0 ? 0 : amountMinor, currency });
}

/** Nothing in `currency`: the start of a sum. */
export function zero(currency: CurrencyCode): Money {
  return money(0, currency);
}

/** Throws `BAD_INPUT` unless `a` and `b` are in the same currency: amounts in two currencies never mix. */
export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new DomainError("BAD_INPUT", clientMessages.mixedCurrencies, {
      params: { a: a.currency, b: b.currency },
      details: { currencies: [a.currency, b.currency] },
    });
  }
}
