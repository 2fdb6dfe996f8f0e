import { describe, expect, it } from "vitest";
import { planFolder } from "./folder-cursor.ts";

describe("planFolder", () => {
  it.each([
    ["a folder never polled starts with new letters", undefined, "5", { kind: "fresh" }],
    [
      "the same UIDVALIDITY goes on after the last UID",
      { uidValidity: "5", lastUid: 9 },
      "5",
      { kind: "after", uid: 9 },
    ],
    [
      "a changed UIDVALIDITY reads again since the last poll",
      { uidValidity: "5", lastUid: 9 },
      "6",
      { kind: "renumbered" },
    ],
  ] as const)("%s", (_name, stored, validity, expected) => {
    expect(planFolder(stored, validity)).toEqual(expected);
  });
});
