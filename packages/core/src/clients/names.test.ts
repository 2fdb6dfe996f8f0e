import { describe, expect, it } from "vitest";
import {
  nameMatchThreshold,
  nameSimilarity,
  namesMatch,
  normalizeCompanyName,
  normalizedNameSimilarity,
} from "./names.ts";

describe("normalizeCompanyName", () => {
  it.each([
    ['ООО "Ромашка"', "ромашка"],
    ["«Ромашка» ООО", "ромашка"],
    ["ромашка, llc", "ромашка"],
    ["Общество с ограниченной ответственностью «Ромашка»", "ромашка"],
    ["ЗАО „Ёлочка“", "елочка"],
    ["ПАО “Сбербанк России”", "сбербанк россии"],
    ["АО 'Тинькофф Банк'", "тинькофф банк"],
    ["ФГУП «Почта России»", "почта россии"],
    ["Автономная некоммерческая организация «Клуб»", "клуб"],
    ["ИП Иванов Иван Иванович", "иванов иван иванович"],
    ["Индивидуальный предприниматель Пётр Сидоров", "петр сидоров"],
    ["Romashka L.L.C.", "romashka"],
    ["Acme Ltd.", "acme"],
    ["Siemens GmbH", "siemens"],
    ["Acme, Inc.", "acme"],
    ["Johnson & Johnson", "johnson johnson"],
    ["  Ромашка-Плюс!!  ", "ромашка плюс"],
    ["ООО", ""],
  ])("%j → %j", (name, expected) => {
    expect(normalizeCompanyName(name)).toBe(expected);
  });

  it.each(['ООО "Ромашка"', "Ромашка-Плюс, LLC", "ИП Иванов И. И."])("is idempotent on %j", (name) => {
    const once = normalizeCompanyName(name);
    expect(normalizeCompanyName(once)).toBe(once);
  });

  it("keeps legal-form letters that are part of a word", () => {
    expect(normalizeCompanyName("Аонкс Иптека")).toBe("аонкс иптека");
  });
});

describe("nameSimilarity and namesMatch", () => {
  it.each([
    ['ООО "Ромашка"', "Ромашка ООО"],
    ['ООО "Ромашка"', "ромашка, llc"],
    ["Ромашка ООО", "ромашка, llc"],
    ["Иванов Иван", "Иван Иванов"],
    ["Ёлочка", "ЕЛОЧКА"],
  ])("%j and %j are the same name", (a, b) => {
    expect(nameSimilarity(a, b)).toBe(1);
    expect(namesMatch(a, b)).toBe(true);
  });

  // An added word makes another company as often as not («Ромашка» and «Ромашка Плюс» are two
  // legal entities), so it stays below the default threshold; a typo does not.
  it.each([
    ["Ромашка", "Ромашко", true],
    ["Ромашка", "Ромашкаа", true],
    ["Стройтехмонтаж", "Стройтехмонтаж-М", true],
    ["Ромашка", "Ромашка Плюс", false],
    ["Газпром", "Газпром нефть", false],
    ["Альфа", "Альфа-Банк", false],
    ["Стройинвест", "Строймонтаж", false],
  ])("%j ~ %j matches: %s", (a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected);
  });

  it.each([
    ["Ромашка", "Василёк"],
    ["Лукойл", "Роснефть"],
    ["ООО", "ООО"], // nothing left to compare
    ["", "Ромашка"],
  ])("%j and %j are far apart", (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.3);
  });

  it("places «Ромашка Плюс» between unrelated and the same", () => {
    const score = nameSimilarity("Ромашка", "Ромашка Плюс");
    expect(score).toBeGreaterThan(0.5);
    expect(score).toBeLessThan(nameMatchThreshold);
  });

  it("honours a lower threshold", () => {
    expect(namesMatch("Ромашка", "Ромашка Плюс", 0.6)).toBe(true);
  });

  it("compares stored normalized keys directly", () => {
    expect(normalizedNameSimilarity("ромашка", "ромашка")).toBe(1);
    expect(normalizedNameSimilarity("плюс ромашка", "ромашка плюс")).toBe(1);
  });
});
