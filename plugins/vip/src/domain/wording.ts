import { type CurrencyCode, currencyExponent, type Locale } from "@quartet/core";

const NBSP = "\u00A0";
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** Russian forms of a word by number — one (1, 21), few (2–4, 22), many (5–20, 0) — or English one/other. */
export type WordForms = {
  ru: readonly [one: string, few: string, many: string];
  en: readonly [one: string, other: string];
};

/**
 * The word for `count` in the locale's plural form.
 *
 * @example countWord("ru", 22, { ru: ["месяц", "месяца", "месяцев"], en: ["month", "months"] }) // "месяца"
 */
export function countWord(locale: Locale, count: number, forms: WordForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count);
  if (locale === "en") return category === "one" ? forms.en[0] : forms.en[1];
  return category === "one" ? forms.ru[0] : category === "few" ? forms.ru[1] : forms.ru[2];
}

/** `count` and its word, joined by a no-break space: «12 месяцев», "1 month". */
export function counted(locale: Locale, count: number, forms: WordForms): string {
  return `${count}${NBSP}${countWord(locale, count, forms)}`;
}

/** The counted words of reasons. Russian genitive after «до» and «из»: до 21 дня, из 2 категорий. */
export const words = {
  months: { ru: ["месяц", "месяца", "месяцев"], en: ["month", "months"] },
  days: { ru: ["день", "дня", "дней"], en: ["day", "days"] },
  hours: { ru: ["часа", "часов", "часов"], en: ["hour", "hours"] },
  daysAfterUpTo: { ru: ["дня", "дней", "дней"], en: ["day", "days"] },
  orders: { ru: ["заказ", "заказа", "заказов"], en: ["order", "orders"] },
  overdueOrders: {
    ru: ["просроченный заказ", "просроченных заказа", "просроченных заказов"],
    en: ["overdue order", "overdue orders"],
  },
  categoriesOf: { ru: ["категории", "категорий", "категорий"], en: ["category", "categories"] },
} as const satisfies Record<string, WordForms>;

const scales = [
  { power: 9, ru: "млрд", en: "B" },
  { power: 6, ru: "млн", en: "M" },
  { power: 3, ru: "тыс.", en: "K" },
] as const;

/**
 * An amount the short way, as reasons word it: «5,2 млн ₽», "5.2 M ₽", «750 ₽» (`"full"`: «5 040 000 ₽»).
 * Decimals are cut, never rounded up, so an amount below a threshold never reads as reaching it.
 */
export function shortAmount(
  amountMinor: number,
  currency: CurrencyCode,
  locale: Locale,
  decimals: number | "full" = 1,
): string {
  const exponent = currencyExponent(currency);
  const minor = BigInt(amountMinor);
  const abs = minor < 0n ? -minor : minor;
  const scale =
    decimals === "full" ? undefined : scales.find((s) => abs >= 10n ** BigInt(s.power + exponent));
  const unit = 10n ** BigInt((scale?.power ?? 0) + exponent);
  const digits = scale && decimals !== "full" ? decimals : abs % unit === 0n ? 0 : exponent;
  const fraction = ((abs % unit) * 10n ** BigInt(digits)) / unit;
  const text = `${minor < 0n ? "-" : ""}${abs / unit}${digits > 0 ? `.${String(fraction).padStart(digits, "0")}` : ""}`;
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: scale ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(text as Intl.StringNumericLiteral);
  return [number, scale?.[locale], currencySign(currency, locale)].filter(Boolean).join(NBSP);
}

/**
 * Two amounts worded side by side so that unequal amounts never read alike: «4,9 млн ₽» against
 * «5 млн ₽», «5,04 млн ₽» against «5,05 млн ₽», or in full when short forms cannot tell them apart.
 */
export function shortAmounts(a: number, b: number, currency: CurrencyCode, locale: Locale): [string, string] {
  for (const decimals of [1, 2, 3]) {
    const pair: [string, string] = [
      shortAmount(a, currency, locale, decimals),
      shortAmount(b, currency, locale, decimals),
    ];
    if (a === b || pair[0] !== pair[1]) return pair;
  }
  return [shortAmount(a, currency, locale, "full"), shortAmount(b, currency, locale, "full")];
}

/** The currency's narrow sign in the locale: ₽ for RUB in both languages. */
export function currencySign(currency: CurrencyCode, locale: Locale): string {
  const parts = new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
  }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}

const monthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A business date for reading: «30.06.2026», "30 Jun 2026". */
export function dateWords(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-");
  return locale === "ru" ? `${d}.${m}.${y}` : `${Number(d)} ${monthsEn[Number(m) - 1]} ${y}`;
}

/** A quarter key `2025-Q3` for reading: «3 кв. 2025», "Q3 2025". */
export function quarterWords(key: string, locale: Locale): string {
  const [y, q] = key.split("-Q");
  return locale === "ru" ? `${q}${NBSP}кв.${NBSP}${y}` : `Q${q} ${y}`;
}
