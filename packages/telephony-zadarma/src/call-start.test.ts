import { describe, expect, it } from "vitest";
import { callStartInstant } from "./call-start.ts";

describe("callStartInstant", () => {
  it.each([
    ["2026-12-07 12:30:05", "Europe/Moscow", Date.UTC(2026, 11, 7, 9, 30, 5)],
    ["2026-12-07 12:30:05", "UTC", Date.UTC(2026, 11, 7, 12, 30, 5)],
    ["2026-07-01 10:00:00", "Europe/Berlin", Date.UTC(2026, 6, 1, 8, 0, 0)],
    ["2026-01-01 10:00:00", "Europe/Berlin", Date.UTC(2026, 0, 1, 9, 0, 0)],
    ["yesterday", "UTC", null],
    [undefined, "UTC", null],
  ] as const)("%j in %s", (raw, zone, expected) => {
    expect(callStartInstant(raw, zone)).toBe(expected);
  });
});
