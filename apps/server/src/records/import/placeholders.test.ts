import { describe, expect, it } from "vitest";
import { isPlaceholder } from "./placeholders.ts";

describe("isPlaceholder", () => {
  it.each([
    "не указан",
    "Не указан.",
    "НЕТ",
    "-",
    "—",
    "n/a",
    "N/A",
    "null",
    "  нет данных ",
    "неизвестно",
    "0",
  ])("%j is a placeholder", (cell) => expect(isPlaceholder(cell)).toBe(true));

  it.each(["+7 495 123-45-67", "ivan@romashka.ru", "Нетто", "Нет-Ком", "null@example.ru", "7707083893", ""])(
    "%j is a value",
    (cell) => expect(isPlaceholder(cell)).toBe(false),
  );
});
