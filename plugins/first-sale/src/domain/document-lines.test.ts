import { documentLines, money } from "@quartet/core";
import { describe, expect, it } from "vitest";
import type { DealLine } from "./deal-amount.ts";
import { dealTotals } from "./deal-amount.ts";
import { documentLinesOf } from "./document-lines.ts";

const line = (quantity: number, priceMinor: number, discountPercent = 0): DealLine => ({
  productId: null,
  name: "Сыр российский",
  quantity,
  price: money(priceMinor, "RUB"),
  discountPercent,
});

describe("documentLinesOf", () => {
  it.each([
    ["a whole quantity", line(4, 20_000), { thousandths: 4000 }, undefined],
    ["a weight in grams", line(1.125, 99_999), { thousandths: 1125 }, undefined],
    ["a float that is not exact in binary", line(0.3, 1_000), { thousandths: 300 }, undefined],
    ["a percent discount", line(2, 10_000, 12.5), { thousandths: 2000 }, { percent: 12.5 }],
  ])("%s", (_name, given, quantity, discount) => {
    const [printed] = documentLinesOf([given], "ru");
    expect(printed).toEqual({
      name: "Сыр российский",
      unit: "шт",
      quantity,
      unitPriceMinor: given.price.amountMinor,
      ...(discount ? { discount } : {}),
    });
  });

  it("words the unit in the document's language", () => {
    expect(documentLinesOf([line(1, 100)], "en")[0]?.unit).toBe("pcs");
  });

  it.each([
    ["one line", [line(2, 10_000)]],
    ["a discount rounded half-up per line", [line(1.5, 99_999, 10)]],
    ["several lines with odd kopecks", [line(1, 333, 10), line(3, 33_333, 7), line(0.125, 1_999)]],
  ])("totals the same as the deal under every VAT mode: %s", (_name, lines) => {
    const expected = dealTotals(lines, "RUB").total;
    for (const vatRate of ["vat22", "vat10", "none"] as const) {
      const printed = documentLinesOf(lines, "ru").map((l) => ({ ...l, vatRate }));
      const { totals } = documentLines({ pricing: "included", lines: printed }, "ru");
      expect(totals.total, vatRate).toEqual(expected);
    }
  });
});
