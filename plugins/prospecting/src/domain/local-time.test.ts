import { describe, expect, it } from "vitest";
import { isoWeekday, wallToInstant, weekStartOf } from "./local-time.ts";

describe("local time", () => {
  it.each([
    ["2026-01-12", 1],
    ["2026-01-16", 5],
    ["2026-01-18", 7],
  ])("%s is ISO weekday %i", (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ["Friday in Moscow", Date.UTC(2026, 0, 16, 10), "Europe/Moscow", Date.UTC(2026, 0, 11, 21)],
    ["Monday 00:30 in Moscow", Date.UTC(2026, 0, 11, 21, 30), "Europe/Moscow", Date.UTC(2026, 0, 11, 21)],
    [
      "Sunday night UTC is Monday in Kamchatka",
      Date.UTC(2026, 0, 18, 13),
      "Asia/Kamchatka",
      Date.UTC(2026, 0, 18, 12),
    ],
  ])("the week of %s starts on Monday 00:00 local", (_name, now, zone, expected) => {
    expect(weekStartOf(now, zone)).toBe(expected);
  });

  it("turns a wall-clock time into an instant", () => {
    expect(wallToInstant(Date.UTC(2026, 0, 16, 9), "Asia/Novosibirsk")).toBe(Date.UTC(2026, 0, 16, 2));
  });
});
