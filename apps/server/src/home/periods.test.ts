import { describe, expect, it } from "vitest";
import { elapsedShare, monthPeriod, nextMonth, weekPeriod } from "./periods.ts";

const utc = (iso: string) => Date.parse(iso);

describe("monthPeriod", () => {
  it.each([
    [
      "mid-December in Moscow",
      "2026-12-07T09:00:00Z",
      "Europe/Moscow",
      {
        month: "2026-12",
        firstDay: "2026-12-01",
        lastDay: "2026-12-31",
        from: "2026-11-30T21:00:00Z",
        to: "2026-12-31T21:00:00Z",
      },
    ],
    [
      "22:00 UTC on 31 December is already January in Moscow",
      "2026-12-31T22:00:00Z",
      "Europe/Moscow",
      {
        month: "2027-01",
        firstDay: "2027-01-01",
        lastDay: "2027-01-31",
        from: "2026-12-31T21:00:00Z",
        to: "2027-01-31T21:00:00Z",
      },
    ],
    [
      "February of a leap year in Vladivostok",
      "2028-02-10T00:00:00Z",
      "Asia/Vladivostok",
      {
        month: "2028-02",
        firstDay: "2028-02-01",
        lastDay: "2028-02-29",
        from: "2028-01-31T14:00:00Z",
        to: "2028-02-29T14:00:00Z",
      },
    ],
    [
      "a month with a daylight-saving change (Berlin, March)",
      "2026-03-15T12:00:00Z",
      "Europe/Berlin",
      {
        month: "2026-03",
        firstDay: "2026-03-01",
        lastDay: "2026-03-31",
        from: "2026-02-28T23:00:00Z",
        to: "2026-03-31T22:00:00Z",
      },
    ],
  ])("%s", (_, now, zone, expected) => {
    expect(monthPeriod(utc(now), zone)).toEqual({
      ...expected,
      from: utc(expected.from),
      to: utc(expected.to),
    });
  });
});

describe("weekPeriod", () => {
  it.each([
    [
      "a Monday morning in Moscow",
      "2026-12-07T06:00:00Z",
      "2026-W50",
      "2026-12-07",
      "2026-12-13",
      "2026-12-06T21:00:00Z",
    ],
    [
      "Sunday 23:30 in Moscow is still that week",
      "2026-12-13T20:30:00Z",
      "2026-W50",
      "2026-12-07",
      "2026-12-13",
      "2026-12-06T21:00:00Z",
    ],
    [
      "Sunday 21:30 UTC is Monday in Moscow",
      "2026-12-13T21:30:00Z",
      "2026-W51",
      "2026-12-14",
      "2026-12-20",
      "2026-12-13T21:00:00Z",
    ],
    [
      "a week across the new year",
      "2026-12-31T12:00:00Z",
      "2026-W53",
      "2026-12-28",
      "2027-01-03",
      "2026-12-27T21:00:00Z",
    ],
  ])("%s", (_, now, week, firstDay, lastDay, from) => {
    const period = weekPeriod(utc(now), "Europe/Moscow");
    expect(period).toMatchObject({ week, firstDay, lastDay, from: utc(from) });
    expect(period.to - period.from).toBe(7 * 86_400_000);
  });
});

describe("nextMonth and elapsedShare", () => {
  it.each([
    ["2026-11", "2026-12"],
    ["2026-12", "2027-01"],
  ] as const)("after %s comes %s", (month, next) => {
    expect(nextMonth(month)).toBe(next);
  });

  it.each([
    [0, 0],
    [25, 0.25],
    [100, 1],
    [150, 1],
    [-10, 0],
  ])("at %i of 0…100 the share is %f", (now, share) => {
    expect(elapsedShare({ from: 0, to: 100 }, now)).toBe(share);
  });
});
