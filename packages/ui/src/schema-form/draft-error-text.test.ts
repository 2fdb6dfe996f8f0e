import { afterAll, describe, expect, it } from "vitest";
import { uiText } from "../i18n/ui-messages.ts";
import type { DraftError } from "./draft-error.ts";
import { draftErrorText } from "./draft-error-text.ts";

const spaced = (text: string) => text.replace(/\s/g, " ");

describe("draftErrorText", () => {
  afterAll(() => uiText().setLocale("ru"));

  it.each([
    ["ru", { code: "tooLarge", limit: 1_000_000_000_000, money: true }, "Не больше 10 000 000 000 ₽"],
    ["en", { code: "tooLarge", limit: 1_000_000_000_000, money: true }, "At most ₽10,000,000,000"],
    ["ru", { code: "tooSmall", limit: 150, money: true }, "Не меньше 1,50 ₽"],
    ["ru", { code: "tooSmall", limit: 1 }, "Не меньше 1"],
    ["ru", { code: "tooPrecise" }, "Не больше двух знаков после запятой"],
    ["ru", { code: "tooFew", limit: 1 }, "Строк не меньше: 1"],
    ["ru", { code: "tooLong", limit: 9 }, "Символов не больше: 9"],
    ["en", { code: "pattern" }, "Check the format"],
  ] as const)("%s: %j → %s", (locale, error, text) => {
    uiText().setLocale(locale);
    expect(spaced(draftErrorText(error as DraftError))).toBe(text);
  });

  it("uses the setting's own words for a value off its pattern", () => {
    uiText().setLocale("ru");
    expect(draftErrorText({ code: "pattern" }, "RUB", "В БИК 9 цифр")).toBe("В БИК 9 цифр");
  });
});
