import { describe, expect, it } from "vitest";
import { senderKeys } from "./sender-keys.ts";

describe("senderKeys", () => {
  it.each([
    ["ivan@romashka.ru", { email: "ivan@romashka.ru", domain: "romashka.ru" }],
    ["Иван <Ivan@Romashka.RU>", { email: "ivan@romashka.ru", domain: "romashka.ru" }],
    ["  sales@sub.company.com ", { email: "sales@sub.company.com", domain: "sub.company.com" }],
    ["ivan@mail.ru", { email: "ivan@mail.ru", domain: null }],
    ["someone@GMAIL.com", { email: "someone@gmail.com", domain: null }],
    ["x@yandex.ru", { email: "x@yandex.ru", domain: null }],
    ["not an address", null],
    ["@romashka.ru", null],
    ["ivan@", null],
    ["ivan@localhost", null],
    ["iv an@romashka.ru", null],
  ])("%s", (address, expected) => {
    expect(senderKeys(address)).toEqual(expected);
  });
});
