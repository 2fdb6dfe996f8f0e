import { addDays, addMonths } from "@quartet/core";

/** A calendar quarter: its key (`2025-Q3`), first and last dates. */
export type Quarter = { key: string; first: string; last: string };

/** The calendar quarter of a business date. */
export function quarterOf(date: string): Quarter {
  const [y = 1970, m = 1] = date.split("-").map(Number);
  const q = Math.floor((m - 1) / 3);
  const first = `${y}-${String(q * 3 + 1).padStart(2, "0")}-01`;
  return { key: `${y}-Q${q + 1}`, first, last: addDays(addMonths(first, 3), -1) };
}

/**
 * The `count` calendar quarters completed before the quarter of `asOf`, newest first.
 *
 * @example completedQuarters("2026-02-10", 2) // 2025-Q4, 2025-Q3
 */
export function completedQuarters(asOf: string, count: number): Quarter[] {
  const out: Quarter[] = [];
  let first = quarterOf(asOf).first;
  for (let i = 0; i < count; i++) {
    first = addMonths(first, -3);
    out.push(quarterOf(first));
  }
  return out;
}
