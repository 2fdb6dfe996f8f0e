import { type Money, toMajorString } from "@quartet/core";

/** The language of a CSV download's headers and words. */
export type CsvLocale = "ru" | "en";

/**
 * An instant as `YYYY-MM-DD HH:MM` in the organisation's time zone, which Excel reads as a date
 * and time in any locale; empty for no value.
 *
 * @example instantCell("Europe/Moscow")(Date.UTC(2026, 0, 15, 20, 30)) // "2026-01-15 23:30"
 */
export function instantCell(timeZone: string): (value: unknown) => string {
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" });
  return (value) => (value === null || value === undefined ? "" : time.format(Number(value)));
}

/**
 * An amount as a plain number Excel sums: all minor digits, no grouping, a decimal comma in
 * Russian and a point in English; the currency goes in a column of its own.
 *
 * @example moneyCell("ru")({ amountMinor: -123456, currency: "RUB" }) // "-1234,56"
 */
export function moneyCell(locale: CsvLocale): (value: unknown) => string {
  return (value) => {
    if (!value) return "";
    const text = toMajorString(value as Money);
    return locale === "ru" ? text.replace(".", ",") : text;
  };
}

/** A value looked up in a table of words in both languages; the value itself when it has none. */
export function wordCell(
  locale: CsvLocale,
  words: Record<string, { en: string; ru: string }>,
): (value: unknown) => string {
  return (value) =>
    value === null || value === undefined ? "" : (words[String(value)]?.[locale] ?? String(value));
}

/** `Yes` / `Да` for true, empty otherwise. */
export function yesCell(locale: CsvLocale): (value: unknown) => string {
  return (value) => (value ? (locale === "ru" ? "Да" : "Yes") : "");
}

/** A member named from `names` (user id → name); the id itself when they left the organisation. */
export function personCell(names: ReadonlyMap<string, string>): (value: unknown) => string {
  return (value) => (value ? (names.get(String(value)) ?? String(value)) : "");
}
