import { describe, expect, it } from "vitest";
import { searchText } from "./search-text.ts";

describe("searchText", () => {
  it.each([
    ["Поставка", "поставка"],
    ["ПОСТАВКА КАБЕЛЯ", "поставка кабеля"],
    ["Ёлки и Ёжики", "елки и ежики"],
    ["Cable SUPPLY", "cable supply"],
    ["Доп. объём 10%", "доп. объем 10%"],
    ["", ""],
  ])("%s → %s", (text, expected) => {
    expect(searchText(text)).toBe(expected);
  });
});
