import { DomainError } from "../errors.ts";
import type { Locale } from "../i18n.ts";
import { type CurrencyWords, currencyWords } from "./amount-in-words-currencies.ts";
import { englishNumber } from "./amount-in-words-en.ts";
import { russianForm, russianNumber } from "./amount-in-words-ru.ts";
import type { CurrencyCode } from "./currency.ts";
import { documentMoneyMessages as m } from "./vat-messages.ts";

const largestMajor = 999_999_999_999_999n;

/**
 * An amount for the «Сумма прописью» line of a document: the major units in words with the
 * currency's noun declined to agree, then the minor units as two digits, first letter capital.
 * English keeps the common style of Russian companies' English invoices: "<words> rubles and
 * NN kopecks". Takes minor units (a bigint past 2^53 for the largest amounts), up to
 * 999 999 999 999 999 major units; RUB, USD and EUR. Throws `BAD_INPUT` on a negative or
 * larger amount and on a currency without words.
 *
 * @example amountInWords(12345678, "RUB", "ru") // "Сто двадцать три тысячи четыреста пятьдесят шесть рублей 78 копеек"
 * @example amountInWords(100000000, "RUB", "en") // "One million rubles and 00 kopecks"
 */
export function amountInWords(minor: number | bigint, currency: CurrencyCode, locale: Locale): string {
  const words = wordsOf(currency);
  const amount = wholeAmount(minor);
  const major = amount / 100n;
  if (major > largestMajor)
    throw new DomainError("BAD_INPUT", m.wordsTooLarge, { params: { value: String(minor) } });
  const cents = amount % 100n;
  const digits = String(cents).padStart(2, "0");
  const text =
    locale === "ru"
      ? `${russianNumber(major, words.ru.gender)} ${russianForm(major, words.ru.major)} ${digits} ${russianForm(cents, words.ru.minor)}`
      : `${englishNumber(major)} ${englishNoun(major, words.en.major)} and ${digits} ${englishNoun(cents, words.en.minor)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wordsOf(currency: CurrencyCode): CurrencyWords {
  if (!Object.hasOwn(currencyWords, currency)) {
    throw new DomainError("BAD_INPUT", m.wordsCurrency, { params: { currency } });
  }
  return currencyWords[currency as keyof typeof currencyWords];
}

function wholeAmount(minor: number | bigint): bigint {
  if (typeof minor === "number" && !Number.isSafeInteger(minor)) {
    throw new DomainError("BAD_INPUT", m.wordsWhole, { params: { value: String(minor) } });
  }
  const amount = BigInt(minor);
  if (amount < 0n) throw new DomainError("BAD_INPUT", m.wordsNegative, { params: { value: String(minor) } });
  return amount;
}

function englishNoun(n: bigint, [one, many]: readonly [string, string]): string {
  return n === 1n ? one : many;
}
