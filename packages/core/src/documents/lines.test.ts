import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { type DocumentLineInput, documentLines } from "./lines.ts";

const licence = (over: Partial<DocumentLineInput> = {}): DocumentLineInput => ({
  name: "Лицензия",
  unit: "шт",
  quantity: "2",
  unitPriceMinor: 12_200,
  vatRate: "vat22",
  ...over,
});

describe("documentLines", () => {
  it.each([
    {
      what: "VAT included: the line's sum holds it, «В том числе НДС»",
      pricing: "included" as const,
      lines: [licence()],
      line: { total: 24_400, vatAmount: 4_400, vat: { kind: "rate", ratePercent: 22 } },
      totals: { subtotal: 24_400, vat: 4_400, total: 24_400 },
      words: "Двести сорок четыре рубля 00 копеек",
    },
    {
      what: "VAT added: the line's sum is net, the total due adds the VAT",
      pricing: "added" as const,
      lines: [licence({ unitPriceMinor: 10_000 })],
      line: { total: 20_000, vatAmount: 4_400, vat: { kind: "rate", ratePercent: 22 } },
      totals: { subtotal: 20_000, vat: 4_400, total: 24_400 },
      words: "Двести сорок четыре рубля 00 копеек",
    },
    {
      what: "«Без НДС»: no VAT on the line and none in the totals",
      pricing: "included" as const,
      lines: [licence({ vatRate: "none", quantity: "1.5" })],
      line: { total: 18_300, vatAmount: 0, vat: { kind: "none" } },
      totals: { subtotal: 18_300, vat: undefined, total: 18_300 },
      words: "Сто восемьдесят три рубля 00 копеек",
    },
  ])("$what", ({ pricing, lines, line, totals, words }) => {
    const built = documentLines({ pricing, lines }, "ru");
    const [first] = built.lines;
    expect(first?.total.amountMinor).toBe(line.total);
    expect(first?.vatAmount.amountMinor).toBe(line.vatAmount);
    expect(first?.vat).toEqual(line.vat);
    expect(first?.price.amountMinor).toBe(lines[0]?.unitPriceMinor);
    expect(built.totals.subtotal.amountMinor).toBe(totals.subtotal);
    expect(built.totals.vat?.amountMinor).toBe(totals.vat);
    expect(built.totals.total.amountMinor).toBe(totals.total);
    expect(built.totals.vatPricing).toBe(pricing);
    expect(built.totals.totalInWords).toBe(words);
  });

  it("gives the VAT of each rate when the lines carry several, none when one", () => {
    const mixed = documentLines(
      { pricing: "included", lines: [licence(), licence({ vatRate: "vat10", unitPriceMinor: 11_000 })] },
      "ru",
    ).totals;
    expect(mixed.vatByRate?.map((rate) => [rate.ratePercent, rate.vat.amountMinor])).toEqual([
      [22, 4_400],
      [10, 2_000],
    ]);
    expect(mixed.vat?.amountMinor).toBe(6_400);
    expect(documentLines({ pricing: "included", lines: [licence()] }, "ru").totals.vatByRate).toBeUndefined();
  });

  it("keeps a fractional quantity and the name and unit as entered", () => {
    const [line] = documentLines(
      { pricing: "included", lines: [licence({ quantity: "1.25", unit: "ч" })] },
      "en",
    ).lines;
    expect(line).toMatchObject({ name: "Лицензия", unit: "ч", quantity: 1.25 });
  });

  it("words the total in the document's language", () => {
    expect(documentLines({ pricing: "included", lines: [licence()] }, "en").totals.totalInWords).toBe(
      "Two hundred forty-four rubles and 00 kopecks",
    );
  });

  it("refuses a bad line naming its field", () => {
    const refuse = () =>
      documentLines({ pricing: "added", lines: [licence(), licence({ quantity: "-1" })] }, "ru");
    expect(refuse).toThrow(DomainError);
    try {
      refuse();
    } catch (error) {
      expect(Object.keys((error as DomainError).fields ?? {})).toEqual(["lines.1.quantity"]);
    }
  });
});
