import { describe, expect, it } from "vitest";
import { median, speedToLeadMs } from "./speed-to-lead.ts";

describe("speed to lead", () => {
  it.each([
    [1000, 61_000, 60_000],
    [1000, null, null],
    [5000, 1000, 0],
  ])("received %i, acted %s → %s", (received, acted, expected) => {
    expect(speedToLeadMs(received, acted)).toBe(expected);
  });

  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])("median of %j is %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
