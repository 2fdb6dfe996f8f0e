import { describe, expect, it } from "vitest";
import { moneyCell } from "./cell-formats.ts";
import { csvCell, csvLine } from "./csv-response.ts";

describe("csvCell", () => {
  it.each([
    ["plain text", "Ромашка", "Ромашка"],
    ["nothing", null, ""],
    ["a number", 42, "42"],
    ["a semicolon", "Рога; копыта", '"Рога; копыта"'],
    ["quotes", 'ООО "Ромашка"', '"ООО ""Ромашка"""'],
    ["quotes and a semicolon", 'ООО "Р"; филиал', '"ООО ""Р""; филиал"'],
    ["a line break", "две\nстроки", '"две\nстроки"'],
    ["a leading space", " отступ", '" отступ"'],
    ["a formula", "=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["an at-sign command", "@SUM(A1)", "'@SUM(A1)"],
    ["phone numbers", "+7 916 000-00-01, +7 495 000-00-02", "+7 916 000-00-01, +7 495 000-00-02"],
    ["a negative amount", "-1234,56", "-1234,56"],
  ])("writes %s as Excel reads it", (_name, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("cuts a value longer than an Excel cell holds", () => {
    const cell = csvCell("x".repeat(40_000));
    expect(cell).toHaveLength(32_766);
    expect(cell.endsWith("x…")).toBe(true);
    expect(csvCell("x".repeat(32_767))).toHaveLength(32_767);
  });

  it("formats through the column's formatter", () => {
    expect(csvCell({ amountMinor: -5, currency: "RUB" }, moneyCell("ru"))).toBe("-0,05");
    expect(csvCell({ amountMinor: 150, currency: "JPY" }, moneyCell("en"))).toBe("150");
    expect(csvLine(["a", "b"])).toBe("a;b\r\n");
  });
});
