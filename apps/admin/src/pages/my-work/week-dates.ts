const dayMs = 86_400_000;

/**
 * The business date `n` days after `date` (`YYYY-MM-DD`; negative: before).
 *
 * @example shiftDate("2026-12-31", 1) // "2027-01-01"
 */
export function shiftDate(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
}

/**
 * The seven dates (Monday to Sunday) of the ISO week a business date falls in.
 *
 * @example weekOf("2026-12-09") // ["2026-12-07", …, "2026-12-13"]
 */
export function weekOf(date: string): string[] {
  const weekday = new Date(Date.parse(`${date}T00:00:00Z`)).getUTCDay() || 7;
  const monday = shiftDate(date, 1 - weekday);
  return Array.from({ length: 7 }, (_, i) => shiftDate(monday, i));
}
