/** A business date (`YYYY-MM-DD`) of an instant in the viewer's zone. */
export function businessDate(instant: number): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last `days` days up to and including today, as the stats screens start. */
export function lastDays(now: number, days: number): { from: string; to: string } {
  return { from: businessDate(now - (days - 1) * 86_400_000), to: businessDate(now) };
}
