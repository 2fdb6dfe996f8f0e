import { describe, expect, it } from "vitest";
import { vatDocument } from "./vat.ts";
import { withDocumentDiscount } from "./vat-document-discount.ts";
import type { VatLineInput } from "./vat-line.ts";

const lines: VatLineInput[] = [
  { quantity: "1", unitPriceMinor: 10000, vatRate: "vat22" },
  { quantity: "2", unitPriceMinor: 10000, discount: { percent: 50 }, vatRate: "vat22" },
  { quantity: "1", unitPriceMinor: 20000, vatRate: "vat10" },
];

describe("withDocumentDiscount", () => {
  it.each<[number, number[]]>([
    [0, [0, 10000, 0]],
    [4000, [1000, 11000, 2000]],
    [100, [25, 10025, 50]],
    [1, [0, 10000, 1]],
    [40000, [10000, 20000, 20000]],
  ])("%d kopecks off 400 ₽ become line discounts %j", (discount, expected) => {
    const spread = withDocumentDiscount(lines, discount, "added");
    const document = vatDocument({ pricing: "added", lines: spread });
    expect(document.lines.map((line) => line.discount.amountMinor)).toEqual(expected);
    expect(document.totals.discount.amountMinor).toBe(10000 + discount);
    expect(document.totals.net.amountMinor).toBe(40000 - discount);
  });

  it("then VAT is worked out per line on what is left", () => {
    const spread = withDocumentDiscount(lines, 4000, "included");
    const document = vatDocument({ pricing: "included", lines: spread });
    expect(document.lines.map((line) => line.vat.amountMinor)).toEqual([1623, 1623, 1636]);
    expect(document.totals.toPay.amountMinor).toBe(36000);
  });

  it.each([-1, 40001, 1.5])("refuses %d kopecks, naming the discount", (discount) => {
    expect(() => withDocumentDiscount(lines, discount, "added")).toThrow(
      expect.objectContaining({
        code: "BAD_INPUT",
        key: "core.document-money.documentDiscount",
        fieldRefs: { discount: expect.objectContaining({ key: "core.document-money.documentDiscount" }) },
      }),
    );
  });
});
