import { describe, expect, it } from "vitest";
import { businessCalendarSchema } from "../contracts/calendar.ts";
import { addBusinessMinutes, businessMinutesBetween } from "./business-hours.ts";
import { workCalendar } from "./work-calendar.ts";

// November 2025 in Russia: Saturday the 1st is worked, Monday the 3rd and Tuesday the 4th are off.
const russianNovember = {
  holidays: ["2025-11-03", "2025-11-04"],
  extraWorkingDays: [{ date: "2025-11-01" }, { date: "2025-10-30", from: "09:00", to: "17:00" }],
};
const calendarIn = (timeZone: string) =>
  workCalendar(businessCalendarSchema.parse({ ...russianNovember, timeZone }), "UTC");
const moscow = calendarIn("Europe/Moscow");
const vladivostok = calendarIn("Asia/Vladivostok");
const msk = (local: string) => Date.parse(`${local}:00+03:00`);
const vvo = (local: string) => Date.parse(`${local}:00+10:00`);

describe("addBusinessMinutes (Moscow, Mon–Fri 09:00–18:00)", () => {
  it.each([
    ["within the day", "2025-10-31T10:00", 60, "2025-10-31T11:00"],
    ["a start before opening counts from opening", "2025-10-29T07:00", 30, "2025-10-29T09:30"],
    ["a start after closing counts from the next opening", "2025-10-29T20:00", 30, "2025-10-30T09:30"],
    ["overnight", "2025-10-29T17:30", 60, "2025-10-30T09:30"],
    ["running out at closing is due at closing", "2025-10-29T17:00", 60, "2025-10-29T18:00"],
    ["a shortened day closes at 17:00", "2025-10-30T16:30", 60, "2025-10-31T09:30"],
    ["over a weekend", "2025-10-24T17:00", 120, "2025-10-27T10:00"],
    ["onto a Saturday moved in as a working day", "2025-10-31T17:00", 120, "2025-11-01T10:00"],
    ["over two holidays after the worked Saturday", "2025-11-01T17:00", 120, "2025-11-05T10:00"],
    ["a start on a holiday counts from the next working day", "2025-11-03T12:00", 15, "2025-11-05T09:15"],
    ["four whole working days", "2025-10-20T09:00", 4 * 540, "2025-10-23T18:00"],
  ])("%s: %s + %d min → %s", (_, start, minutes, due) => {
    expect(new Date(addBusinessMinutes(msk(start), minutes, moscow)).toISOString()).toBe(
      new Date(msk(due)).toISOString(),
    );
  });

  it("zero minutes is the start itself, even at night", () => {
    expect(addBusinessMinutes(msk("2025-10-29T23:00"), 0, moscow)).toBe(msk("2025-10-29T23:00"));
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d minutes as BAD_INPUT", (minutes) => {
    expect(() => addBusinessMinutes(msk("2025-10-29T10:00"), minutes, moscow)).toThrow(
      expect.objectContaining({ code: "BAD_INPUT" }),
    );
  });

  it("keeps seconds: a request at 10:00:30 with 1 minute is due at 10:01:30", () => {
    const start = msk("2025-10-29T10:00") + 30_000;
    expect(addBusinessMinutes(start, 1, moscow)).toBe(start + 60_000);
  });
});

describe("time zones", () => {
  it("counts Vladivostok's hours on Vladivostok's dates, whatever the UTC date", () => {
    // 17:30 Thursday in Vladivostok is 07:30 UTC the same day; the next opening is Friday 09:00 there, Thursday 23:00 UTC.
    expect(addBusinessMinutes(vvo("2025-10-29T17:30"), 60, vladivostok)).toBe(vvo("2025-10-30T09:30"));
    expect(new Date(vvo("2025-10-30T09:30")).toISOString()).toBe("2025-10-29T23:30:00.000Z");
  });

  it("the same instant is before opening in Moscow and mid-afternoon in Vladivostok", () => {
    const at = Date.parse("2025-10-29T05:00:00Z");
    expect(addBusinessMinutes(at, 60, moscow)).toBe(Date.parse("2025-10-29T07:00:00Z"));
    expect(addBusinessMinutes(at, 60, vladivostok)).toBe(Date.parse("2025-10-29T06:00:00Z"));
  });

  it("Vladivostok has its own holidays: the worked Saturday and the days off apply on its dates", () => {
    expect(addBusinessMinutes(vvo("2025-11-01T17:00"), 120, vladivostok)).toBe(vvo("2025-11-05T10:00"));
  });

  it("uses the organisation's zone when the calendar names none", () => {
    const calendar = workCalendar(businessCalendarSchema.parse({}), "Asia/Vladivostok");
    expect(calendar.timeZone).toBe("Asia/Vladivostok");
    expect(addBusinessMinutes(vvo("2025-10-29T08:00"), 30, calendar)).toBe(vvo("2025-10-29T09:30"));
  });

  it("lands right across a daylight-saving change (Berlin, 30 March 2025)", () => {
    const berlin = workCalendar(businessCalendarSchema.parse({ timeZone: "Europe/Berlin" }), "UTC");
    const fridayEvening = Date.parse("2025-03-28T17:30:00+01:00");
    expect(addBusinessMinutes(fridayEvening, 60, berlin)).toBe(Date.parse("2025-03-31T09:30:00+02:00"));
  });
});

describe("businessMinutesBetween", () => {
  it.each([
    ["within a day", "2025-10-29T10:00", "2025-10-29T11:30", 90],
    ["over a night", "2025-10-29T17:30", "2025-10-30T09:30", 60],
    ["over a weekend", "2025-10-24T17:30", "2025-10-27T09:30", 60],
    ["over the worked Saturday and two holidays", "2025-10-31T17:00", "2025-11-05T10:00", 60 + 540 + 60],
    ["a night alone", "2025-10-29T19:00", "2025-10-30T08:00", 0],
    ["the same instant", "2025-10-29T12:00", "2025-10-29T12:00", 0],
    ["backwards is negative", "2025-10-29T11:30", "2025-10-29T10:00", -90],
  ])("%s: %s → %s = %d min", (_, a, b, minutes) => {
    expect(businessMinutesBetween(msk(a), msk(b), moscow)).toBe(minutes);
  });

  it.each([
    ["2025-10-24T16:59", 1234],
    ["2025-10-31T23:15", 601],
    ["2025-11-02T12:00", 45],
    ["2025-10-29T09:00", 540],
  ])("undoes addBusinessMinutes from %s + %d min", (start, minutes) => {
    const due = addBusinessMinutes(msk(start), minutes, moscow);
    expect(businessMinutesBetween(msk(start), due, moscow)).toBe(minutes);
  });
});
