import { z } from "zod";

/** A business date `YYYY-MM-DD` that exists on the calendar (no 2025-02-30). */
export const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date as YYYY-MM-DD")
  .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "No such date");

/** A wall-clock time `HH:MM` from 00:00 to 24:00 (the end of the day). */
export const wallTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, "A time as HH:MM, e.g. 09:00");

/** Whole months of a rolling window, 1 to 60. */
export const windowMonths = z
  .number()
  .int("Whole months")
  .min(1, "At least 1 month")
  .max(60, "At most 60 months");

/** An amount in minor units (kopecks) of the organisation's currency, above zero. */
export const positiveMinor = z
  .number()
  .int("Whole kopecks")
  .min(1, "Set an amount above zero")
  .max(Number.MAX_SAFE_INTEGER, "Too large");

/** A text in Russian and English, both required. */
export const bilingualName = z.object({
  ru: z.string().trim().min(1, "Name it in Russian").max(60, "At most 60 characters"),
  en: z.string().trim().min(1, "Name it in English").max(60, "At most 60 characters"),
});

/**
 * A whole number from 0 to `max`, its messages naming the unit.
 *
 * @example wholeNumber("days", 365) // "Whole days", "Cannot be negative", "At most 365 days"
 */
export function wholeNumber(unit: "days" | "months" | "quarters" | null, max: number) {
  return z
    .number()
    .int(unit ? `Whole ${unit}` : "A whole number")
    .min(0, "Cannot be negative")
    .max(max, `At most ${max}${unit ? ` ${unit}` : ""}`);
}
