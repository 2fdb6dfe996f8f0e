import type { Locale } from "../i18n.ts";
import { currencyExponent } from "./currency.ts";
import { toMajorString } from "./major-units.ts";
import type { Money } from "./money.ts";

/** Options of `formatMoney`. */
export type FormatMoneyOptions = {
  /**
   * How the currency shows. Default `"symbol"`: the locale's own unambiguous sign — `₽`, `$`,
   * `CN¥` in Russian; `RUB`, `$`, `CN¥` in English, where `₽` is a foreign sign. `"narrowSymbol"`
   * always prefers the bare sign (`₽1,234.56`, `5,00 ₸`), `"code"` the ISO code.
   */
  currencyDisplay?: "symbol" | "narrowSymbol" | "code" | "name";
  /** Drop the minor digits of a whole amount: `1 234 ₽` rather than `1 234,00 ₽`. */
  dropZeroMinor?: boolean;
};

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The amount for a person to read, via `Intl.NumberFormat`, exact to the kopeck at any size.
 * Russian groups thousands with no-break spaces (U+00A0 in Node 20's ICU) and puts the sign after the number.
 *
 * @example formatMoney(money(123456, "RUB"), "ru") // "1 234,56 ₽"
 * @example formatMoney(money(123456, "RUB"), "en") // "RUB 1,234.56"
 */
export function formatMoney(m: Money, locale: Locale, opts: FormatMoneyOptions = {}): string {
  return formatterFor(m, locale, opts).format(toMajorString(m) as Intl.StringNumericLiteral);
}

function formatterFor(m: Money, locale: Locale, opts: FormatMoneyOptions): Intl.NumberFormat {
  const currencyDisplay = opts.currencyDisplay ?? "symbol";
  const dropZeroMinor = opts.dropZeroMinor ?? false;
  const key = `${locale}|${m.currency}|${currencyDisplay}|${dropZeroMinor}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyExponent(m.currency);
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: m.currency,
      currencyDisplay,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      trailingZeroDisplay: dropZeroMinor ? "stripIfInteger" : "auto",
    });
    formatters.set(key, formatter);
  }
  return formatter;
}
