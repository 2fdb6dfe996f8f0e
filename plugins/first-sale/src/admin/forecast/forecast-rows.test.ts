import { describe, expect, it } from "vitest";
import { currenciesOf, inCurrency, monthLabel } from "./forecast-rows.ts";

describe("monthLabel", () => {
  it.each([
    ["2026-03", "ru-RU", "Март 2026 г."],
    ["2026-03", "en-GB", "March 2026"],
    [null, "ru-RU", "без даты"],
  ])("%s in %s", (month, locale, label) => {
    expect(monthLabel(month, locale, "без даты")).toBe(label);
  });
});

describe("currencies", () => {
  const row = (currency: string, weightedMinor: number) => ({
    currency,
    count: 1,
    amountMinor: 0,
    weightedMinor,
  });
  it("orders currencies by weight and filters one", () => {
    const rows = [row("USD", 5), row("RUB", 3), row("RUB", 4)];
    expect(currenciesOf(rows)).toEqual(["RUB", "USD"]);
    expect(inCurrency(rows, "RUB")).toHaveLength(2);
  });
});
