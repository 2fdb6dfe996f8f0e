import { describe, expect, it } from "vitest";
import { agendaSectionOf, isoWeekDates, sortIntoSections, startOfDate } from "./agenda-sections.ts";

const at = (iso: string) => Date.parse(iso);
const moscow = "Europe/Moscow";

describe("agendaSectionOf", () => {
  // Wednesday 2026-12-09, 12:00 in Moscow (09:00 UTC); the ISO week runs 7–13 December.
  const wednesday = at("2026-12-09T09:00:00Z");
  it.each([
    ["an hour ago", "2026-12-09T08:00:00Z", "overdue"],
    ["last week", "2026-12-01T09:00:00Z", "overdue"],
    ["in an hour", "2026-12-09T10:00:00Z", "today"],
    ["23:59 Moscow today", "2026-12-09T20:59:00Z", "today"],
    ["00:00 Moscow tomorrow (21:00 UTC today)", "2026-12-09T21:00:00Z", "tomorrow"],
    ["tomorrow evening", "2026-12-10T18:00:00Z", "tomorrow"],
    ["Friday", "2026-12-11T07:00:00Z", "week"],
    ["Sunday 23:59 Moscow", "2026-12-13T20:59:00Z", "week"],
    ["Monday 00:00 Moscow (Sunday in UTC)", "2026-12-13T21:00:00Z", "later"],
    ["next month", "2027-01-15T09:00:00Z", "later"],
  ] as const)("on a Wednesday puts %s in %s", (_, due, section) => {
    expect(agendaSectionOf(at(due), wednesday, moscow)).toBe(section);
  });

  it.each([
    ["Saturday", "2026-12-12T09:00:00Z", "2026-12-13T09:00:00Z", "tomorrow"],
    ["Saturday", "2026-12-12T09:00:00Z", "2026-12-14T09:00:00Z", "later"],
    ["Sunday", "2026-12-13T09:00:00Z", "2026-12-14T09:00:00Z", "tomorrow"],
    ["Sunday", "2026-12-13T09:00:00Z", "2026-12-15T09:00:00Z", "later"],
  ] as const)("on a %s across the week boundary puts %s in %s", (_, now, due, section) => {
    expect(agendaSectionOf(at(due), at(now), moscow)).toBe(section);
  });

  it("counts the day in the organisation's zone near midnight, not in UTC", () => {
    const lateEvening = at("2026-12-09T20:30:00Z"); // 23:30 Wednesday in Moscow, still 9 Dec in UTC too
    const afterMidnight = at("2026-12-09T21:30:00Z"); // 00:30 Thursday in Moscow, 9 Dec in UTC
    expect(agendaSectionOf(afterMidnight, lateEvening, moscow)).toBe("tomorrow");
    expect(agendaSectionOf(afterMidnight, lateEvening, "UTC")).toBe("today");
    expect(agendaSectionOf(at("2026-12-10T22:00:00Z"), afterMidnight, moscow)).toBe("tomorrow");
  });
});

describe("sortIntoSections", () => {
  it("sorts each section by time and keeps every item once", () => {
    const now = at("2026-12-09T09:00:00Z");
    const items = [
      { id: "b", at: at("2026-12-09T15:00:00Z") },
      { id: "late", at: at("2026-12-08T09:00:00Z") },
      { id: "a", at: at("2026-12-09T10:00:00Z") },
      { id: "fri", at: at("2026-12-11T09:00:00Z") },
      { id: "next", at: at("2026-12-21T09:00:00Z") },
    ];
    const sections = sortIntoSections(items, now, moscow);
    const ids = Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.map((i) => i.id)]));
    expect(ids).toEqual({
      overdue: ["late"],
      today: ["a", "b"],
      tomorrow: [],
      week: ["fri"],
      later: ["next"],
    });
  });
});

describe("week dates", () => {
  it.each([
    ["2026-12-07", "2026-12-07"],
    ["2026-12-13", "2026-12-07"],
    ["2027-01-01", "2026-12-28"],
  ])("puts %s in the week of Monday %s", (date, monday) => {
    const week = isoWeekDates(date);
    expect(week.monday).toBe(monday);
    expect(week.days).toHaveLength(7);
    expect(week.days).toContain(date);
  });

  it("starts a date at its local midnight", () => {
    expect(startOfDate("2026-12-09", moscow)).toBe(at("2026-12-08T21:00:00Z"));
    expect(startOfDate("2026-03-29", "Europe/Berlin")).toBe(at("2026-03-28T23:00:00Z"));
    expect(startOfDate("2026-03-30", "Europe/Berlin")).toBe(at("2026-03-29T22:00:00Z"));
  });
});
