import { describe, expect, it } from "vitest";
import { fillTemplate, placeholdersOf, wordNotification } from "./wording.ts";

describe("fillTemplate", () => {
  it.each([
    ["Новая заявка: {name}", { name: "Иван" }, "ru", "Новая заявка: Иван"],
    ["{count} tasks", { count: 3 }, "en", "3 tasks"],
    ["From {fn}", { fn: { en: "prospecting", ru: "лидогенерации" } }, "ru", "From лидогенерации"],
    ["From {fn}", { fn: { en: "prospecting", ru: "лидогенерации" } }, "en", "From prospecting"],
    ["Missing {who}", {}, "en", "Missing {who}"],
    ["No placeholders", { name: "x" }, "en", "No placeholders"],
  ] as const)("%s with %j in %s → %s", (template, params, locale, expected) => {
    expect(fillTemplate(template, params, locale)).toBe(expected);
  });
});

describe("wordNotification", () => {
  const def = {
    text: {
      title: { en: "New request: {name}", ru: "Новая заявка: {name}" },
      body: { en: "From {source}", ru: "Источник: {source}" },
    },
  };

  it("words title and body in the reader's language", () => {
    expect(wordNotification(def, { name: "Анна", source: "site" }, "ru")).toEqual({
      title: "Новая заявка: Анна",
      body: "Источник: site",
    });
  });

  it("has no body when the type has none", () => {
    expect(wordNotification({ text: { title: def.text.title } }, { name: "Ann" }, "en")).toEqual({
      title: "New request: Ann",
      body: null,
    });
  });
});

describe("placeholdersOf", () => {
  it.each([
    ["{a} and {b}", ["a", "b"]],
    ["none", []],
  ])("%s → %j", (template, expected) => {
    expect(placeholdersOf(template)).toEqual(expected);
  });
});
