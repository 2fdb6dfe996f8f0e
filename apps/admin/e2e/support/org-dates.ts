/**
 * The organisations the browser tests create keep the default time zone, Moscow, and the server reads
 * every business date («today», days since an order, due dates) there. A date taken from the test
 * machine's clock in UTC is yesterday's in Moscow from 21:00 UTC, which made evening runs fail.
 */
export const orgTimeZone = "Europe/Moscow";

/** A business date `days` from the organisation's today (negative: in the past), e.g. `orgDay(-70)`. */
export function orgDay(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString("sv-SE", { timeZone: orgTimeZone });
}
