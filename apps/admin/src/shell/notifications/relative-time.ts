import { formatDate, intlLocales, type Locale } from "@quartet/ui/pure";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * When a notification arrived, as the bells of mail and CRM apps say it: `justNow` under a minute,
 * then minutes, hours and days ago ("yesterday" for one day), and the date past a week. A clock
 * slightly behind the server (a moment in the future) reads as just now.
 *
 * @example relativeTime("ru", now - 5 * 60_000, now, "только что") // "5 минут назад"
 */
export function relativeTime(locale: Locale, at: number, now: number, justNow: string): string {
  const ago = now - at;
  if (ago < minute) return justNow;
  const words = new Intl.RelativeTimeFormat(intlLocales[locale], { numeric: "auto" });
  if (ago < hour) return words.format(-Math.floor(ago / minute), "minute");
  if (ago < day) return words.format(-Math.floor(ago / hour), "hour");
  if (ago < 7 * day) return words.format(-Math.floor(ago / day), "day");
  return formatDate(locale, at, { day: "numeric", month: "short", year: "numeric" });
}
