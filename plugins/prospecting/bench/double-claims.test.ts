import { describe, expect, it } from "vitest";
import { doubleClaims } from "./double-claims.ts";

const claim = (recordId: string, caller: string, claimedAt: number, releasedAt: number) => ({
  recordId,
  caller,
  claimedAt,
  releasedAt,
});

describe("doubleClaims", () => {
  it.each([
    ["one claim", [claim("m1", "a", 1, 2)], 0],
    ["handed on after release", [claim("m1", "a", 1, 2), claim("m1", "b", 2, 3)], 0],
    ["two records at once", [claim("m1", "a", 1, 5), claim("m2", "b", 2, 3)], 0],
    ["taken while held", [claim("m1", "a", 1, 5), claim("m1", "b", 4, 6)], 1],
    [
      "taken inside a long hold, twice",
      [claim("m1", "a", 1, 9), claim("m1", "b", 2, 3), claim("m1", "c", 4, 5)],
      2,
    ],
  ])("%s", (_, log, expected) => {
    expect(doubleClaims(log)).toBe(expected);
  });
});
