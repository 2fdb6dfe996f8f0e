import type { SelectOption } from "@quartet/ui";
import { intlLocales, type Locale } from "@quartet/ui/pure";

/** The currencies the server accepts (mirrors `currencyCodes` of `@quartet/core`), RUB first. */
export const currencyCodes = [
  "RUB",
  "USD",
  "EUR",
  "CNY",
  "KZT",
  "BYN",
  "UZS",
  "AMD",
  "KGS",
  "TJS",
  "AZN",
  "GEL",
  "MDL",
  "GBP",
  "CHF",
  "TRY",
  "AED",
  "INR",
  "JPY",
] as const;

/**
 * The currency choices in a language: «RUB — Российский рубль».
 *
 * @example currencyOptions("en")[0] // { value: "RUB", label: "RUB — Russian Ruble" }
 */
export function currencyOptions(locale: Locale): SelectOption[] {
  const names = new Intl.DisplayNames([intlLocales[locale]], { type: "currency" });
  return currencyCodes.map((code) => {
    const name = names.of(code) ?? code;
    return { value: code, label: `${code} — ${name.charAt(0).toUpperCase()}${name.slice(1)}` };
  });
}
