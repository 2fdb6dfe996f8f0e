import { describe, expect, it } from "vitest";
import { localDate, startOfLocalDay, zoneOffsetMs } from "./time.ts";

const utc = (iso: string) => Date.parse(iso);

describe("time zones", () => {
  it.each([
    ["2026-01-15T20:59:59Z", "Europe/Moscow", "2026-01-15"],
    ["2026-01-15T21:00:00Z", "Europe/Moscow", "2026-01-16"],
    ["2026-01-15T21:00:00Z", "UTC", "2026-01-15"],
    ["2026-01-15T17:00:00Z", "Asia/Vladivostok", "2026-01-16"],
  ])("%s in %s is %s", (iso, tz, date) => {
    expect(localDate(utc(iso), tz)).toBe(date);
  });

  it.each([
    ["2026-01-15T12:00:00Z", "Europe/Moscow", "2026-01-14T21:00:00.000Z"],
    ["2026-01-15T22:00:00Z", "Europe/Moscow", "2026-01-15T21:00:00.000Z"],
    ["2026-03-29T12:00:00Z", "Europe/Berlin", "2026-03-28T23:00:00.000Z"],
    ["2026-10-25T12:00:00Z", "Europe/Berlin", "2026-10-24T22:00:00.000Z"],
    ["2026-06-01T00:00:00Z", "UTC", "2026-06-01T00:00:00.000Z"],
  ])("the day of %s in %s began at %s", (iso, tz, start) => {
    expect(new Date(startOfLocalDay(utc(iso), tz)).toISOString()).toBe(start);
  });

  it("reads Moscow as UTC+3", () => {
    expect(zoneOffsetMs(utc("2026-07-01T00:00:00Z"), "Europe/Moscow")).toBe(3 * 3600 * 1000);
  });
});
