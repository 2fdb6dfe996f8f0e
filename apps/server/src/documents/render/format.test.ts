import { money } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { formatAmount, formatDocumentDate, formatQuantity } from "./format.ts";
import { fill } from "./labels/index.ts";

const nbsp = "\u00a0";

describe("document formats", () => {
  it.each([
    { minor: 18_360_000, locale: "ru" as const, shown: `183${nbsp}600,00` },
    { minor: 18_360_000, locale: "en" as const, shown: "183,600.00" },
    { minor: 5, locale: "ru" as const, shown: "0,05" },
  ])("an amount of $minor kopecks in $locale reads $shown", ({ minor, locale, shown }) => {
    expect(formatAmount(money(minor, "RUB"), locale)).toBe(shown);
  });

  it.each([
    { date: "2026-12-07", locale: "ru" as const, shown: "7 декабря 2026 г." },
    { date: "2026-01-31", locale: "en" as const, shown: "31 January 2026" },
  ])("the date $date in $locale reads $shown", ({ date, locale, shown }) => {
    expect(formatDocumentDate(date, locale)).toBe(shown);
  });

  it.each([
    { quantity: 1.5, locale: "ru" as const, shown: "1,5" },
    { quantity: 1.125, locale: "en" as const, shown: "1.125" },
    { quantity: 16, locale: "ru" as const, shown: "16" },
  ])("the quantity $quantity in $locale reads $shown", ({ quantity, locale, shown }) => {
    expect(formatQuantity(quantity, locale)).toBe(shown);
  });

  it("fills a label's parameters and leaves an unknown one visible", () => {
    expect(fill("Счёт № {number} от {date}", { number: 12, date: "7 декабря" })).toBe(
      "Счёт № 12 от 7 декабря",
    );
    expect(fill("Страница {page} из {pages}", { page: 1 })).toBe("Страница 1 из {pages}");
  });
});
