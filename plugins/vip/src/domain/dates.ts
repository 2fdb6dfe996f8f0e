const DAY_MS = 86_400_000;

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The business date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/**
 * The same day `months` later (negative: earlier), clamped to the month's end.
 *
 * @example addMonths("2025-01-31", 1) // "2025-02-28"
 */
export function addMonths(date: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** Completed months from `a` to `b` (0 when `b` is not after `a`): 2025-01-31 → 2025-02-28 is one month. */
export function wholeMonthsBetween(a: string, b: string): number {
  if (b <= a) return 0;
  const [ay = 0, am = 0] = a.split("-").map(Number);
  const [by = 0, bm = 0] = b.split("-").map(Number);
  const months = (by - ay) * 12 + (bm - am);
  return addMonths(a, months) <= b ? months : months - 1;
}

/** The first date of a rolling window of `months` ending on `asOf` inclusive: 12 months to 2026-03-15 start on 2025-03-16. */
export function windowStart(asOf: string, months: number): string {
  return addDays(addMonths(asOf, -months), 1);
}

/** The ISO weekday of a business date: 1 for Monday … 7 for Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}
