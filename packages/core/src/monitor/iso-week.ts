/** An ISO 8601 week, `YYYY-Www` (`2026-W50`): Monday to Sunday, week 1 holds the year's first Thursday. */
export type IsoWeek = `${number}-W${string}`;

const dayMs = 86_400_000;

function utcDay(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y as number, (m as number) - 1, d as number);
}

/**
 * The ISO week of a business date.
 *
 * @example isoWeekOf("2026-12-07") // "2026-W50"; isoWeekOf("2027-01-01") // "2026-W53"
 */
export function isoWeekOf(date: string): IsoWeek {
  const day = utcDay(date);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day - weekday * dayMs + 3 * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday (`YYYY-MM-DD`) that starts an ISO week. */
export function isoWeekMonday(week: IsoWeek): string {
  const [year, w] = week.split("-W").map(Number) as [number, number];
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * dayMs;
  return new Date(mondayOfWeek1 + (w - 1) * 7 * dayMs).toISOString().slice(0, 10);
}

/** The `count` ISO weeks ending with the one holding `date`, oldest first. */
export function lastIsoWeeks(date: string, count: number): IsoWeek[] {
  const monday = utcDay(isoWeekMonday(isoWeekOf(date)));
  return Array.from({ length: count }, (_, i) =>
    isoWeekOf(new Date(monday - (count - 1 - i) * 7 * dayMs).toISOString().slice(0, 10)),
  );
}
