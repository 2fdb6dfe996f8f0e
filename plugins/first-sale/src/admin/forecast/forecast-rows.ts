/** A forecast bucket as `stats.forecast` answers it. */
export type ForecastBucket = { currency: string; count: number; amountMinor: number; weightedMinor: number };

/** Labels of a month bucket: `YYYY-MM` as "March 2026" in the locale, or the text for "no date". */
export function monthLabel(month: string | null, locale: string, noDate: string): string {
  if (!month) return noDate;
  const [year, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1));
  const text = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    date,
  );
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The buckets in one currency (the chart draws one currency at a time), and the other currencies present. */
export function inCurrency<T extends ForecastBucket>(rows: readonly T[], currency: string): T[] {
  return rows.filter((r) => r.currency === currency);
}

/** The currencies of the buckets, the most weighted first. */
export function currenciesOf(rows: readonly ForecastBucket[]): string[] {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.currency, (sums.get(r.currency) ?? 0) + r.weightedMinor);
  return [...sums.entries()].sort((a, b) => b[1] - a[1]).map(([currency]) => currency);
}
