import { describe, expect, it } from "vitest";
import { nextUid } from "./folder-cursor.ts";

describe("nextUid", () => {
  it.each([
    ["a new folder starts at 1", undefined, "5", { from: 1, restart: false }],
    [
      "the same UIDVALIDITY goes on after the last UID",
      { uidValidity: "5", lastUid: 9 },
      "5",
      { from: 10, restart: false },
    ],
    ["a changed UIDVALIDITY starts over", { uidValidity: "5", lastUid: 9 }, "6", { from: 1, restart: true }],
  ] as const)("%s", (_name, stored, validity, expected) => {
    expect(nextUid(stored, validity)).toEqual(expected);
  });
});
