/**
 * A business date (`YYYY-MM-DD`) of an instant in `timeZone` (the organisation's, which the server
 * reads dates in), or in the viewer's zone when none is known.
 */
export function businessDate(instant: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The last `days` days up to and including today in `timeZone`, as the stats screens start. */
export function lastDays(now: number, days: number, timeZone?: string): { from: string; to: string } {
  return { from: businessDate(now - (days - 1) * 86_400_000, timeZone), to: businessDate(now, timeZone) };
}
