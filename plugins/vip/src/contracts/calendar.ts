import { z } from "zod";
import { businessDate, wallTime } from "./fields.ts";
import { m } from "./messages.ts";

/** True for a time zone the runtime knows (IANA name, e.g. `Europe/Moscow`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const endsAfterStart = (h: { from: string; to: string }) => h.from < h.to;
const endsAfterStartMessage = { message: m.dayEnds, path: ["to"] };

/** The working hours of one day, `from` before `to`, in the calendar's time zone (no shifts past midnight). */
export const workingHoursSchema = z
  .object({ from: wallTime, to: wallTime })
  .refine(endsAfterStart, endsAfterStartMessage);

/** Working hours of a day; `null` is a day off. */
export type WorkingHours = z.output<typeof workingHoursSchema>;

const workday = () => workingHoursSchema.nullable().default({ from: "09:00", to: "18:00" });
const dayOff = () => workingHoursSchema.nullable().default(null);

/** The usual week: hours per weekday, `null` for a day off. Default Monday–Friday, 09:00–18:00. */
export const workingWeekSchema = z
  .object({
    mon: workday(),
    tue: workday(),
    wed: workday(),
    thu: workday(),
    fri: workday(),
    sat: dayOff(),
    sun: dayOff(),
  })
  .refine((w) => Object.values(w).some((h) => h !== null), m.oneWorkday);

/** The days of the week, Monday first, as `workingWeekSchema` names them. */
export const weekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A date worked whatever its weekday — a Saturday moved in as a working day, or a shortened pre-holiday day. */
export const extraWorkingDaySchema = z
  .object({ date: businessDate, from: wallTime.default("09:00"), to: wallTime.default("18:00") })
  .refine(endsAfterStart, endsAfterStartMessage);

/**
 * When SLA clocks run: the usual week, holidays, and extra working days (Russia moves days
 * off, so a Saturday may be worked). Nights, weekends and holidays do not count. `timeZone`
 * null means the organisation's time zone.
 */
export const businessCalendarSchema = z
  .object({
    timeZone: z.string().refine(isTimeZone, m.unknownTimeZone).nullable().default(null),
    week: workingWeekSchema.prefault({}),
    holidays: z.array(businessDate).max(400, m.atMost400Holidays).default([]),
    extraWorkingDays: z.array(extraWorkingDaySchema).max(200, m.atMost200Extra).default([]),
  })
  .superRefine((calendar, ctx) => {
    const holidays = new Set<string>();
    calendar.holidays.forEach((date, i) => {
      if (holidays.has(date)) ctx.addIssue({ code: "custom", message: m.listedTwice, path: ["holidays", i] });
      holidays.add(date);
    });
    const extra = new Set<string>();
    calendar.extraWorkingDays.forEach((day, i) => {
      const path = ["extraWorkingDays", i, "date"];
      if (extra.has(day.date)) ctx.addIssue({ code: "custom", message: m.listedTwice, path });
      if (holidays.has(day.date)) ctx.addIssue({ code: "custom", message: m.alsoHoliday, path });
      extra.add(day.date);
    });
  });

/** The business calendar as stored (defaults filled in). */
export type BusinessCalendar = z.output<typeof businessCalendarSchema>;
