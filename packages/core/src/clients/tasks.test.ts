import { describe, expect, it } from "vitest";
import { endOfLocalDay, reminderDue, type TaskTiming, taskBuckets } from "./tasks.ts";

const at = (iso: string) => Date.parse(iso);
// 10:00 in Moscow (UTC+3) on 5 March 2025.
const now = at("2025-03-05T07:00:00Z");

describe("taskBuckets", () => {
  const tasks: TaskTiming[] = [
    { id: "yesterday", dueAt: at("2025-03-04T12:00:00Z"), doneAt: null },
    { id: "this-morning", dueAt: at("2025-03-05T06:00:00Z"), doneAt: null },
    { id: "tonight", dueAt: at("2025-03-05T20:30:00Z"), doneAt: null }, // 23:30 Moscow
    { id: "end-of-today", dueAt: endOfLocalDay("2025-03-05", "Europe/Moscow"), doneAt: null },
    { id: "after-midnight", dueAt: at("2025-03-05T21:00:00Z"), doneAt: null }, // 00:00 on the 6th
    { id: "next-week", dueAt: at("2025-03-12T09:00:00Z"), doneAt: null },
    { id: "no-date", dueAt: null, doneAt: null },
    { id: "done", dueAt: at("2025-03-04T12:00:00Z"), doneAt: at("2025-03-04T13:00:00Z") },
  ];
  const ids = (list: TaskTiming[]) => list.map((t) => t.id);

  it.each([
    [
      "Europe/Moscow",
      ["yesterday", "this-morning"],
      ["tonight", "end-of-today"],
      ["after-midnight", "next-week"],
    ],
    // In Vladivostok (UTC+10) it is already 17:00; its day ends at 14:00 UTC.
    [
      "Asia/Vladivostok",
      ["yesterday", "this-morning"],
      [],
      ["tonight", "end-of-today", "after-midnight", "next-week"],
    ],
    // In UTC it is 07:00; the day runs until midnight UTC.
    ["UTC", ["yesterday", "this-morning"], ["tonight", "end-of-today", "after-midnight"], ["next-week"]],
  ])("in %s", (timeZone, overdue, today, upcoming) => {
    const buckets = taskBuckets(tasks, now, timeZone);
    expect(ids(buckets.overdue)).toEqual(overdue);
    expect(ids(buckets.today)).toEqual(today);
    expect(ids(buckets.upcoming)).toEqual(upcoming);
    expect(ids(buckets.someday)).toEqual(["no-date"]);
  });

  it("orders each bucket by deadline", () => {
    const shuffled = [...tasks].reverse();
    expect(ids(taskBuckets(shuffled, now, "Europe/Moscow").overdue)).toEqual(["yesterday", "this-morning"]);
  });

  it("keeps the caller's task type", () => {
    const [task] = taskBuckets([{ id: "t", dueAt: null, doneAt: null, title: "Call" }], now, "UTC").someday;
    expect(task?.title).toBe("Call");
  });
});

describe("endOfLocalDay", () => {
  it.each([
    ["2025-03-05", "Europe/Moscow", "2025-03-05T20:59:59.999Z"],
    ["2025-03-05", "UTC", "2025-03-05T23:59:59.999Z"],
    ["2025-03-30", "Europe/Berlin", "2025-03-30T21:59:59.999Z"], // a 23-hour day
    ["2025-10-26", "Europe/Berlin", "2025-10-26T22:59:59.999Z"], // a 25-hour day
    ["2025-03-05", "Asia/Kamchatka", "2025-03-05T11:59:59.999Z"],
  ])("%s in %s ends at %s", (date, timeZone, iso) => {
    expect(endOfLocalDay(date, timeZone)).toBe(at(iso));
  });
});

describe("reminderDue", () => {
  const t = (remindAt: number | null, remindedAt: number | null, doneAt: number | null = null) => ({
    remindAt,
    remindedAt,
    doneAt,
  });
  it.each([
    ["no reminder", t(null, null), false],
    ["not yet", t(now + 1, null), false],
    ["exactly now", t(now, null), true],
    ["past, never sent", t(now - 60_000, null), true],
    ["already sent", t(now - 60_000, now - 30_000), false],
    ["moved after it was sent", t(now - 60_000, now - 120_000), true],
    ["task done", t(now - 60_000, null, now - 1), false],
  ])("%s: %s", (_, task, expected) => {
    expect(reminderDue(task, now)).toBe(expected);
  });
});
