import { createI18n, createLocaleStore } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";
import { en } from "../../../i18n/en.ts";
import { ru } from "../../../i18n/ru.ts";
import { functionWord } from "./function-word.ts";

const inRussian = createI18n({ en, ru }, { store: createLocaleStore({ storage: null, initial: "ru" }) });

describe("functionWord", () => {
  it.each([
    ["first-sale", "Первая продажа"],
    ["*", "Все функции"],
    ["functions.bogus", null],
  ])("words %s as %s, never a key", (value, words) => {
    expect(functionWord(inRussian, value)).toBe(words);
  });
});
