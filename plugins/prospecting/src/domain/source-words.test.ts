import { wordRef } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { sourceWords } from "./source-words.ts";

describe("sourceWords", () => {
  it.each([
    ["form:zayavka-s-sayta", "ru", "Заявка с сайта", "форма «Заявка с сайта»"],
    ["form:zayavka-s-sayta", "en", "Заявка с сайта", 'form "Заявка с сайта"'],
    ["form:deleted", "ru", null, "веб-форма"],
    ["campaign:Весна", "ru", null, "кампания «Весна»"],
    ["telegram", "ru", null, "Telegram"],
    ["telegram:promo", "en", null, "Telegram (promo)"],
    ["manual", "ru", null, "внесена вручную"],
    ["phone:+74951234567", "ru", null, "звонок на +7 (495) 123-45-67"],
    ["phone:+74951234567", "en", null, "call to +7 (495) 123-45-67"],
    ["email:sales@romashka.ru", "ru", null, "письмо на sales@romashka.ru"],
    ["email:sales@romashka.ru", "en", null, "letter to sales@romashka.ru"],
    ["1c-export", "ru", null, "1c-export"],
  ] as const)("%s in %s", (source, locale, formName, expected) => {
    expect(wordRef(locale, sourceWords(source, formName))).toBe(expected);
  });
});
