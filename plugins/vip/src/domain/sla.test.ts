import { describe, expect, it } from "vitest";
import { goldPlatinum } from "../../test/fixtures.ts";
import { businessCalendarSchema } from "../contracts/calendar.ts";
import { slaStatus } from "./sla.ts";
import { slaMinutesFor } from "./tiers.ts";
import { workCalendar } from "./work-calendar.ts";

const calendar = workCalendar(businessCalendarSchema.parse({ holidays: ["2025-11-04"] }), "Europe/Moscow");
const msk = (local: string) => Date.parse(`${local}:00+03:00`);
// A request on Friday 31 October at 16:00 with a 4-hour SLA: 2 hours on Friday, 2 on Monday — due Monday 11:00.
const startedAt = msk("2025-10-31T16:00");
const request = (now: string, respondedAt: string | null = null) => ({
  startedAt,
  slaMinutes: 240,
  respondedAt: respondedAt === null ? null : msk(respondedAt),
  now: msk(now),
});

describe("slaStatus", () => {
  it.each([
    ["just arrived", request("2025-10-31T16:00"), "running", 240, 0],
    ["over the weekend the clock stands", request("2025-11-02T12:00"), "running", 120, 0],
    ["at the due instant it is not yet breached", request("2025-11-03T11:00"), "running", 0, 0],
    [
      "half a minute left rounds up to one",
      { ...request("2025-11-03T10:59"), now: msk("2025-11-03T10:59") + 30_000 },
      "running",
      1,
      0,
    ],
    ["past due", request("2025-11-03T12:30"), "breached", 0, 90],
    ["past due over a night and a holiday", request("2025-11-05T10:00"), "breached", 0, 420 + 60],
    ["answered in time", request("2025-11-05T10:00", "2025-11-03T09:15"), "answered", 0, 0],
    ["answered late", request("2025-11-05T10:00", "2025-11-03T11:20"), "breached", 0, 20],
  ])("%s", (_, input, state, remainingMinutes, overdueMinutes) => {
    const status = slaStatus(input, calendar);
    expect(status).toEqual({
      dueAt: msk("2025-11-03T11:00"),
      state,
      breached: state === "breached",
      remainingMinutes,
      overdueMinutes,
    });
  });
});

describe("slaMinutesFor", () => {
  it.each([
    ["gold", 480],
    ["platinum", 120],
    [null, null],
    ["silver", null],
  ])("%s → %s minutes", (tierKey, minutes) => {
    expect(slaMinutesFor(goldPlatinum(), tierKey)).toBe(minutes);
  });
});
