import { z } from "zod";
import { m } from "./messages.ts";

/** A business date `YYYY-MM-DD` that exists on the calendar (no 2025-02-30). */
export const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, m.dateFormat)
  .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), m.noSuchDate);

/** A wall-clock time `HH:MM` from 00:00 to 24:00 (the end of the day). */
export const wallTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, m.timeFormat);

/** Whole months of a rolling window, 1 to 60. */
export const windowMonths = z.number().int(m.wholeMonths).min(1, m.atLeastOneMonth).max(60, m.atMost60Months);

/** An amount in minor units (kopecks) of the organisation's currency, above zero. */
export const positiveMinor = z
  .number()
  .int(m.wholeKopecks)
  .min(1, m.aboveZero)
  .max(Number.MAX_SAFE_INTEGER, m.tooLarge);

/** A text in Russian and English, both required. */
export const bilingualName = z.object({
  ru: z.string().trim().min(1, m.nameInRussian).max(60),
  en: z.string().trim().min(1, m.nameInEnglish).max(60),
});

const wholeKeys = { days: m.wholeDays, months: m.wholeMonths, quarters: m.wholeQuarters } as const;

// "At most 365 days" for the limits the program uses; another limit gets the generic "At most N".
const limitKeys: Readonly<Record<string, string>> = {
  "days 365": m.atMost365Days,
  "days 730": m.atMost730Days,
  "months 24": m.atMost24Months,
  "months 600": m.atMost600Months,
  "quarters 20": m.atMost20Quarters,
};

/**
 * A whole number from 0 to `max`, its messages naming the unit.
 *
 * @example wholeNumber("days", 365) // "Whole days", "Cannot be negative", "At most 365 days"
 */
export function wholeNumber(unit: keyof typeof wholeKeys | null, max: number) {
  return z
    .number()
    .int(unit ? wholeKeys[unit] : m.wholeNumber)
    .min(0, m.notNegative)
    .max(max, limitKeys[`${unit} ${max}`]);
}
