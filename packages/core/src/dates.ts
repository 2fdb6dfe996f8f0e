/**
 * Business dates (`YYYY-MM-DD` in the organisation's time zone, see `localDate`) and their
 * arithmetic: the calendar the plugins' rhythms, windows and quarters are counted in.
 */
const dayMs = 86_400_000;

function parts(date: string): [year: number, month: number, day: number] {
  const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
  return [y, m, d];
}

function iso(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/**
 * The business date `n` days after `date` (negative: before), across month and year ends.
 *
 * @example addDays("2028-02-28", 1) // "2028-02-29"
 */
export function addDays(date: string, n: number): string {
  return iso(Date.parse(`${date}T00:00:00Z`) + n * dayMs);
}

/**
 * Whole days from `a` to `b` (`b − a`): how long ago the last order was, how late a purchase is.
 *
 * @example daysBetween("2026-01-31", "2026-03-01") // 29
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}

/**
 * The same day `n` months later (negative: earlier), clamped to the month's end, so a window of
 * 12 months back from 29 February lands on 28 February.
 *
 * @example addMonths("2026-01-31", 1) // "2026-02-28"
 */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m - 1 + n, Math.min(d, lastDay)));
}

/**
 * The month of a business date, `YYYY-MM`: the key of monthly revenue.
 *
 * @example monthKey("2026-03-15") // "2026-03"
 */
export function monthKey(date: string): string {
  return date.slice(0, 7);
}

/**
 * Calendar months from the month of `a` to the month of `b` (`b − a`); takes dates or `YYYY-MM`.
 *
 * @example monthsBetween("2025-12-31", "2026-01-01") // 1
 */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = parts(a);
  const [yb, mb] = parts(b);
  return (yb - ya) * 12 + (mb - ma);
}

/**
 * The quarter of a business date, `YYYY-Qn`: the key of quarterly retention and cohorts.
 *
 * @example quarterKey("2026-05-20") // "2026-Q2"
 */
export function quarterKey(date: string): string {
  const [y, m] = parts(date);
  return `${y}-Q${Math.ceil(m / 3)}`;
}

/**
 * The first day of the quarter a business date falls in.
 *
 * @example quarterStart("2026-05-20") // "2026-04-01"
 */
export function quarterStart(date: string): string {
  const [y, m] = parts(date);
  return iso(Date.UTC(y, Math.floor((m - 1) / 3) * 3, 1));
}

/** Completed months from `a` to `b` (0 when `b` is not after `a`): 2025-01-31 → 2025-02-28 is one month. */
export function wholeMonthsBetween(a: string, b: string): number {
  if (b <= a) return 0;
  const months = monthsBetween(a, b);
  return addMonths(a, months) <= b ? months : months - 1;
}

/** The first date of a rolling window of `months` ending on `asOf` inclusive: 12 months to 2026-03-15 start on 2025-03-16. */
export function windowStart(asOf: string, months: number): string {
  return addDays(addMonths(asOf, -months), 1);
}

/** The ISO weekday of a business date: 1 for Monday … 7 for Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay();
  return day === 0 ? 7 : day;
}
