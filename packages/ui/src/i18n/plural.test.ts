import { describe, expect, it } from "vitest";
import { isPluralForms, selectPlural } from "./plural.ts";

const ru = { one: "{count} клиент", few: "{count} клиента", many: "{count} клиентов" };
const en = { one: "{count} client", other: "{count} clients" };

describe("selectPlural", () => {
  it.each([
    [1, ru.one],
    [21, ru.one],
    [101, ru.one],
    [2, ru.few],
    [4, ru.few],
    [22, ru.few],
    [0, ru.many],
    [5, ru.many],
    [11, ru.many],
    [12, ru.many],
    [14, ru.many],
    [25, ru.many],
    [111, ru.many],
    [1.5, ru.few],
  ])("Russian %s → %s", (count, expected) => {
    expect(selectPlural("ru", count, ru)).toBe(expected);
  });

  it.each([
    [1, en.one],
    [0, en.other],
    [2, en.other],
    [21, en.other],
  ])("English %s → %s", (count, expected) => {
    expect(selectPlural("en", count, en)).toBe(expected);
  });

  it("falls back to another form when a category is missing", () => {
    expect(selectPlural("ru", 5, { one: "a", other: "b" })).toBe("b");
  });
});

describe("isPluralForms", () => {
  it("recognises plural objects and rejects namespaces", () => {
    expect(isPluralForms(ru)).toBe(true);
    expect(isPluralForms(en)).toBe(true);
    expect(isPluralForms({ one: "x", title: "y" })).toBe(false);
    expect(isPluralForms({ other: "x" })).toBe(false);
    expect(isPluralForms("one")).toBe(false);
  });
});
