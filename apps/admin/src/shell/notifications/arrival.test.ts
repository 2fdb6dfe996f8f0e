import { describe, expect, it } from "vitest";
import { arrivalOf } from "./arrival.ts";

describe("arrivalOf", () => {
  it.each([
    ["first connect", undefined, "ready", 3, { refetch: true, announce: false }],
    ["reconnect, nothing changed", 3, "ready", 3, { refetch: false, announce: false }],
    ["reconnect after a new one", 3, "ready", 4, { refetch: true, announce: false }],
    ["a new one", 3, "notification", 4, { refetch: true, announce: true }],
    ["read in another tab", 4, "notification", 3, { refetch: true, announce: false }],
    ["all read elsewhere", 4, "notification", 0, { refetch: true, announce: false }],
    ["a new one before the count loaded", undefined, "notification", 1, { refetch: true, announce: false }],
  ] as const)("%s", (_name, before, kind, unread, action) => {
    expect(arrivalOf(before, { kind, unread })).toEqual(action);
  });
});
