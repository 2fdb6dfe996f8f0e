import { describe, expect, it } from "vitest";
import { tomorrowMorning } from "./callback-times.ts";

const at = (iso: string) => Date.parse(iso);

describe("tomorrowMorning", () => {
  it.each([
    ["midday in Moscow", "2026-12-09T09:00:00Z", "Europe/Moscow", "2026-12-10T07:00:00Z"],
    [
      "23:30 in Moscow, still the 9th in UTC",
      "2026-12-09T20:30:00Z",
      "Europe/Moscow",
      "2026-12-10T07:00:00Z",
    ],
    ["00:30 in Moscow, the 9th in UTC", "2026-12-09T21:30:00Z", "Europe/Moscow", "2026-12-11T07:00:00Z"],
    ["in Vladivostok", "2026-12-09T09:00:00Z", "Asia/Vladivostok", "2026-12-10T00:00:00Z"],
    ["on the year's last day", "2026-12-31T12:00:00Z", "Europe/Moscow", "2027-01-01T07:00:00Z"],
    ["the night Berlin moves its clocks", "2026-03-28T12:00:00Z", "Europe/Berlin", "2026-03-29T08:00:00Z"],
  ])("at %s", (_, now, zone, expected) => {
    expect(new Date(tomorrowMorning(at(now), zone)).toISOString()).toBe(new Date(at(expected)).toISOString());
  });

  it("takes another start of the working day", () => {
    expect(tomorrowMorning(at("2026-12-09T09:00:00Z"), "Europe/Moscow", "09:30")).toBe(
      at("2026-12-10T06:30:00Z"),
    );
  });
});
