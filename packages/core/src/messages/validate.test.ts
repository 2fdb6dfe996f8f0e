import { describe, expect, it } from "vitest";
import { type CatalogData, defineMessages, type MessageEntry } from "./define.ts";
import { catalogData, registerMessages } from "./registry.ts";
import { catalogProblems } from "./validate.ts";

const data = (namespace: string, entries: Record<string, MessageEntry>): CatalogData => ({
  namespace,
  entries,
});

describe("catalogProblems", () => {
  it.each([
    ["a sound catalog", data("vip", { tier: { en: "Tier {name}", ru: "Уровень {name}" } }), []],
    [
      "another namespace",
      data("farming", { a: { en: "A", ru: "А" } }),
      ['namespace "farming" must be "vip"'],
    ],
    [
      "a bad namespace",
      data("Vip!", {}),
      ['namespace "Vip!" is not valid', 'namespace "Vip!" must be "vip"'],
    ],
    ["no Russian", data("vip", { a: { en: "A", ru: "" } }), ["vip.a: ru is missing"]],
    ["no English", data("vip", { a: { ru: "А" } as MessageEntry }), ["vip.a: en is missing"]],
    [
      "placeholders that differ",
      data("vip", { a: { en: "At most {count}", ru: "Не больше {limit}" } }),
      ["vip.a: en has {count} but ru has {limit}"],
    ],
    [
      "a Russian plural without few and many",
      data("vip", {
        a: {
          en: { one: "{count} day", other: "{count} days" },
          ru: { one: "{count} день", other: "{count} дня" },
        },
      }),
      ["vip.a: ru lacks the plural forms few, many"],
    ],
  ] as const)("%s", (_, catalog, expected) => {
    expect(catalogProblems(catalog, "vip")).toEqual(expected);
  });
});

describe("registerMessages", () => {
  it("refuses an unsound catalog, naming the problem", () => {
    const bad = defineMessages("test.bad", { a: { en: "{x}", ru: "нет" } });
    expect(() => registerMessages(bad)).toThrow("test.bad.a: en has {x} but ru has none");
  });

  it("refuses what defineMessages did not build", () => {
    expect(catalogData({ a: "x.a" })).toBeNull();
    expect(() => registerMessages({} as never)).toThrow("defineMessages");
  });
});
