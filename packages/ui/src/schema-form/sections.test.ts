import { describe, expect, it } from "vitest";
import type { FieldSpec } from "./fields.ts";
import { sectionsOf } from "./sections.ts";

const deals = { ru: "Сделки", en: "Deals" };
const plan = { ru: "План", en: "Target" };
const field = (key: string, section?: { ru: string; en: string }) =>
  ({ key, kind: "boolean", section }) as unknown as FieldSpec;

describe("sectionsOf", () => {
  it.each([
    ["no sections: one untitled group", [field("a"), field("b")], [[undefined, ["a", "b"]]]],
    [
      "neighbours with one section share a heading",
      [field("a", deals), field("b", deals), field("c", plan)],
      [
        [deals, ["a", "b"]],
        [plan, ["c"]],
      ],
    ],
    [
      "fields before the first section stay untitled",
      [field("a"), field("b", plan)],
      [
        [undefined, ["a"]],
        [plan, ["b"]],
      ],
    ],
    [
      "a section that comes back starts a new group",
      [field("a", deals), field("b", plan), field("c", deals)],
      [
        [deals, ["a"]],
        [plan, ["b"]],
        [deals, ["c"]],
      ],
    ],
    ["no fields, no groups", [], []],
  ] as const)("%s", (_, fields, expected) => {
    expect(sectionsOf(fields).map((s) => [s.title, s.fields.map((f) => f.key)])).toEqual(expected);
  });
});
