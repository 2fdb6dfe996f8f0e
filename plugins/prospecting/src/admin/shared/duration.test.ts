import { describe, expect, it } from "vitest";
import { durationOf } from "./duration.ts";

describe("durationOf", () => {
  it.each([
    [0, { unit: "minutes", n: 1 }],
    [-5, { unit: "minutes", n: 1 }],
    [4 * 60_000 + 20_000, { unit: "minutes", n: 4 }],
    [59 * 60_000, { unit: "minutes", n: 59 }],
    [90 * 60_000, { unit: "hours", n: 1.5 }],
    [47 * 3_600_000, { unit: "hours", n: 47 }],
    [72 * 3_600_000, { unit: "days", n: 3 }],
  ] as const)("%d ms", (ms, expected) => {
    expect(durationOf(ms)).toEqual(expected);
  });
});
