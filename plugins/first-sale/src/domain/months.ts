/** The month of a business date: its first day, last day, and the first day of the next month. */
export function monthOf(date: string): { month: string; first: string; last: string; next: string } {
  const [y = 1970, m = 1] = date.split("-").map(Number);
  const pad = (n: number) => String(n).padStart(2, "0");
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const nextY = m === 12 ? y + 1 : y;
  const nextM = m === 12 ? 1 : m + 1;
  return {
    month: `${y}-${pad(m)}`,
    first: `${y}-${pad(m)}-01`,
    last: `${y}-${pad(m)}-${pad(lastDay)}`,
    next: `${nextY}-${pad(nextM)}-01`,
  };
}

/** The business date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
