import { describe, expect, it } from "vitest";
import { callingWindow, defaultCallingWindow, isCallable, nextCallableInstant } from "./calling-window.ts";

// 2026-01-16 is a Friday.
const utc = (d: number, h: number, m = 0) => Date.UTC(2026, 0, d, h, m);

describe("nextCallableInstant", () => {
  it.each([
    ["inside the window: now", utc(16, 10), "Europe/Moscow", utc(16, 10)],
    ["before opening: 09:00 local", utc(16, 4), "Europe/Moscow", utc(16, 6)],
    ["after closing on Friday: Monday 09:00", utc(16, 17, 30), "Europe/Moscow", utc(19, 6)],
    ["Saturday: Monday 09:00", utc(17, 12), "Europe/Moscow", utc(19, 6)],
    ["Novosibirsk (+7) at 14:00 UTC is 21:00: Monday", utc(16, 14), "Asia/Novosibirsk", utc(19, 2)],
    ["Kamchatka (+12) at 22:00 UTC Thursday is Friday 10:00", utc(15, 22), "Asia/Kamchatka", utc(15, 22)],
    ["Kaliningrad (+2) at 06:30 UTC is 08:30: 09:00", utc(16, 6, 30), "Europe/Kaliningrad", utc(16, 7)],
    ["the closing minute itself is outside", utc(16, 17), "Europe/Moscow", utc(19, 6)],
  ])("%s", (_name, now, zone, expected) => {
    expect(nextCallableInstant(now, zone, defaultCallingWindow)).toBe(expected);
  });

  it("handles a zone with daylight saving (Berlin, 29 March 2026)", () => {
    const window = { days: [7], start: "09:00", end: "20:00" };
    expect(nextCallableInstant(Date.UTC(2026, 2, 29, 0, 0), "Europe/Berlin", window)).toBe(
      Date.UTC(2026, 2, 29, 7, 0),
    );
  });

  it("takes 24:00 as the end of the day: round the clock", () => {
    const always = { days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "24:00" };
    expect(nextCallableInstant(utc(17, 20, 59), "Europe/Moscow", always)).toBe(utc(17, 20, 59));
  });

  it("says whether a moment is callable", () => {
    expect(isCallable(utc(16, 10), "Europe/Moscow", defaultCallingWindow)).toBe(true);
    expect(isCallable(utc(17, 10), "Europe/Moscow", defaultCallingWindow)).toBe(false);
  });

  it.each([
    [{ days: [], start: "09:00", end: "20:00" }],
    [{ days: [1], start: "20:00", end: "09:00" }],
    [{ days: [8], start: "09:00", end: "20:00" }],
    [{ days: [1], start: "9:00", end: "20:00" }],
    [{ days: [1], start: "24:00", end: "24:00" }],
  ])("refuses a malformed window %j", (window) => {
    expect(callingWindow.safeParse(window).success).toBe(false);
  });
});
