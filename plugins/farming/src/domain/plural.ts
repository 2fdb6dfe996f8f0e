/**
 * The Russian form of a word for `n`: `one` for 1, 21, 101…; `few` for 2–4, 22–24…; `many` for 0,
 * 5–20, 25…; a fraction takes `few` («34,5 дня»).
 *
 * @example `${n} ${plural(n, "день", "дня", "дней")}` // "21 день", "22 дня", "25 дней", "11 дней"
 */
export function plural(n: number, one: string, few: string, many: string): string {
  if (!Number.isInteger(n)) return few;
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (units === 1 && tens !== 11) return one;
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return few;
  return many;
}

/**
 * A count of days in words, in either language.
 *
 * @example dayCount("ru", 22) // "22 дня"
 */
export function dayCount(l: "ru" | "en", n: number): string {
  return l === "ru" ? `${n} ${plural(n, "день", "дня", "дней")}` : `${n} ${n === 1 ? "day" : "days"}`;
}
