import { describe, expect, it } from "vitest";
import { type ClosedPeriod, closedSince } from "./closed-period.ts";

const at = (iso: string) => Date.parse(iso);

describe("closedSince", () => {
  it.each<[ClosedPeriod, string, string, number | null]>([
    ["all", "2026-05-20T10:00:00Z", "Europe/Moscow", null],
    ["30d", "2026-05-20T10:00:00Z", "Europe/Moscow", at("2026-04-20T10:00:00Z")],
    ["quarter", "2026-05-20T10:00:00Z", "Europe/Moscow", at("2026-03-31T21:00:00Z")],
    ["quarter", "2026-01-01T00:30:00Z", "UTC", at("2026-01-01T00:00:00Z")],
    // 22:00 UTC on 31 March is already 1 April in Moscow: the new quarter has begun there.
    ["quarter", "2026-03-31T22:00:00Z", "Europe/Moscow", at("2026-03-31T21:00:00Z")],
    ["quarter", "2026-03-31T20:00:00Z", "Europe/Moscow", at("2025-12-31T21:00:00Z")],
    ["quarter", "2026-11-15T12:00:00Z", "America/New_York", at("2026-10-01T04:00:00Z")],
    ["quarter", "2026-08-01T00:00:00Z", "Pacific/Kiritimati", at("2026-06-30T10:00:00Z")],
  ])("%s at %s in %s starts at %s", (period, now, zone, since) => {
    expect(closedSince(period, at(now), zone)).toBe(since);
  });
});
