import { describe, expect, it } from "vitest";
import { operatorLocale } from "./operator-locale.ts";

describe("operatorLocale", () => {
  it.each([
    [{}, "en"],
    [{ LANG: "ru_RU.UTF-8" }, "ru"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "C" }, "en"],
    [{ LANG: "ru_RU.UTF-8", LC_ALL: "en_GB.UTF-8" }, "en"],
    [{ LANG: "en_US.UTF-8", LC_MESSAGES: "ru_RU.UTF-8" }, "ru"],
    [{ LC_ALL: "", LANG: "ru_RU" }, "ru"],
    [{ LANG: "en_US.UTF-8", QUARTET_LOCALE: "ru" }, "ru"],
    [{ LANG: "ru_RU.UTF-8", QUARTET_LOCALE: "en" }, "en"],
  ] as const)("%j speaks %s", (env, locale) => {
    expect(operatorLocale(env)).toBe(locale);
  });
});
