import { describe, expect, it } from "vitest";
import { migrationGap } from "./migration-gap.ts";

const journal = [
  { tag: "0000_init", when: 100 },
  { tag: "0001_people", when: 200 },
  { tag: "0002_deals", when: 300 },
];

describe("migrationGap", () => {
  it.each([
    [
      "a fresh database",
      [],
      { pending: ["0000_init", "0001_people", "0002_deals"], unknown: 0, current: null },
    ],
    ["an up-to-date one", [100, 200, 300], { pending: [], unknown: 0, current: "0002_deals" }],
    ["one release behind", [100, 200], { pending: ["0002_deals"], unknown: 0, current: "0001_people" }],
    [
      "a row lost in the middle (drizzle looks at the newest only)",
      [100, 300],
      { pending: [], unknown: 0, current: "0002_deals" },
    ],
    [
      "one written by a newer version",
      [100, 200, 300, 400],
      { pending: [], unknown: 1, current: "0002_deals" },
    ],
  ] as const)("%s", (_, applied, expected) => {
    expect(migrationGap(journal, applied)).toEqual(expected);
  });
});
