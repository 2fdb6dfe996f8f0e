import { describe, expect, it } from "vitest";
import { mergeTexts, ownerChangeText } from "./system-texts.ts";

describe("ownerChangeText", () => {
  it.each([
    ["ru", "farming", "Анна", "Ответственный за «Развитие клиентов»: Анна"],
    ["en", "farming", "Anna", "Responsible for Client development: Anna"],
    ["ru", "first-sale", null, "За «Первая продажа» теперь никто не отвечает"],
    ["en", "vip", null, "Nobody is responsible for VIP clients now"],
  ] as const)("%s %s %s", (locale, fn, name, text) => {
    expect(ownerChangeText(locale, fn, name)).toBe(text);
  });
});

describe("mergeTexts", () => {
  it.each([
    ["ru", { into: "Объединён с клиентом «Ромашка (дубль)»", from: "Объединён в клиента «Ромашка»" }],
    ["en", { into: "Merged with Ромашка (дубль)", from: "Merged into Ромашка" }],
  ] as const)("%s", (locale, texts) => {
    expect(mergeTexts(locale, "Ромашка (дубль)", "Ромашка")).toEqual(texts);
  });
});
