import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words.ts";
import { vatDocument } from "./vat.ts";
import type { VatLineInput, VatPricing } from "./vat-line.ts";

const minor = (document: ReturnType<typeof vatDocument>) => ({
  lines: document.lines.map((line) => [
    line.amount.amountMinor,
    line.discount.amountMinor,
    line.net.amountMinor,
    line.vat.amountMinor,
    line.gross.amountMinor,
  ]),
  subtotal: document.totals.subtotal.amountMinor,
  net: document.totals.net.amountMinor,
  vat: document.totals.vat.amountMinor,
  toPay: document.totals.toPay.amountMinor,
});

// Quantity × price rounds half-up (149 998,5 → 149 999); VAT per line: 20 % of 3 703,68 is 740,736.
const threeLines: VatLineInput[] = [
  { quantity: "3", unitPriceMinor: 123456, vatRate: "vat20" },
  { quantity: "1,5", unitPriceMinor: 99999, vatRate: "vat20" },
  { quantity: "10", unitPriceMinor: 1, vatRate: "vat20" },
];

describe("vatDocument: an invoice of three lines at 20 %", () => {
  it("adds VAT per line, rounded to the kopeck, and sums the lines", () => {
    const invoice = vatDocument({ pricing: "added", lines: threeLines });
    expect(minor(invoice)).toEqual({
      lines: [
        [370368, 0, 370368, 74074, 444442],
        [149999, 0, 149999, 30000, 179999],
        [10, 0, 10, 2, 12],
      ],
      subtotal: 520377,
      net: 520377,
      vat: 104076,
      toPay: 624453,
    });
    // 20 % of the net total would be 104 075,40: the document's VAT is the sum of its lines'.
    expect(invoice.totals.byRate).toEqual([
      { vatRate: "vat20", percent: 20, net: invoice.totals.net, vat: invoice.totals.vat },
    ]);
    expect(invoice.totals.withoutVat).toBe(false);
    expect(amountInWords(invoice.totals.toPay.amountMinor, "RUB", "ru")).toBe(
      "Шесть тысяч двести сорок четыре рубля 53 копейки",
    );
  });

  it("takes VAT out of prices that include it: «В том числе НДС»", () => {
    const invoice = vatDocument({ pricing: "included", lines: threeLines });
    expect(minor(invoice)).toEqual({
      lines: [
        [370368, 0, 308640, 61728, 370368],
        [149999, 0, 124999, 25000, 149999],
        [10, 0, 8, 2, 10],
      ],
      subtotal: 520377,
      net: 433647,
      vat: 86730,
      toPay: 520377,
    });
  });
});

describe("vatDocument: the total to pay in words", () => {
  it.each<[number[], string]>([
    [[50, 50, 1], "Один рубль 01 копейка"],
    [[700, 700, 700], "Двадцать один рубль 00 копеек"],
    [[33333333, 33333333, 33333334], "Один миллион рублей 00 копеек"],
    [[100000000000, 100000000000, 111], "Два миллиарда один рубль 11 копеек"],
  ])("three lines at 20 %% included of %j kopecks: %s", (prices, words) => {
    const lines = prices.map((unitPriceMinor) => ({
      quantity: "1",
      unitPriceMinor,
      vatRate: "vat20" as const,
    }));
    const { totals } = vatDocument({ pricing: "included", lines });
    expect(amountInWords(totals.toPay.amountMinor, "RUB", "ru")).toBe(words);
    expect(totals.vat.amountMinor).toBeGreaterThan(0);
  });
});

describe("vatDocument: discounts come off the line before VAT", () => {
  it.each<[string, VatPricing, VatLineInput, number[]]>([
    [
      "10 % off",
      "added",
      { quantity: "2", unitPriceMinor: 10000, discount: { percent: 10 }, vatRate: "vat22" },
      [20000, 2000, 18000, 3960, 21960],
    ],
    [
      "12.5 % rounds half-up",
      "added",
      { quantity: "1", unitPriceMinor: 3333, discount: { percent: 12.5 }, vatRate: "vat22" },
      [3333, 417, 2916, 642, 3558],
    ],
    [
      "a sum off the line",
      "added",
      { quantity: "4", unitPriceMinor: 2500, discount: { amountMinor: 1001 }, vatRate: "vat22" },
      [10000, 1001, 8999, 1980, 10979],
    ],
    [
      "half off a price with VAT",
      "included",
      { quantity: "1", unitPriceMinor: 12200, discount: { percent: 50 }, vatRate: "vat22" },
      [12200, 6100, 5000, 1100, 6100],
    ],
    [
      "100 % off",
      "added",
      { quantity: "1", unitPriceMinor: 999, discount: { percent: 100 }, vatRate: "vat20" },
      [999, 999, 0, 0, 0],
    ],
    [
      "the whole line off",
      "included",
      { quantity: "3", unitPriceMinor: 700, discount: { amountMinor: 2100 }, vatRate: "vat10" },
      [2100, 2100, 0, 0, 0],
    ],
  ])("%s", (_, pricing, line, expected) => {
    const document = vatDocument({ pricing, lines: [line] });
    expect(minor(document).lines).toEqual([expected]);
    expect(document.totals.discount.amountMinor).toBe(expected[1]);
  });
});

describe("vatDocument: rates", () => {
  it("under «Без НДС» computes no VAT and says so", () => {
    const document = vatDocument({
      pricing: "added",
      lines: [
        { quantity: "2", unitPriceMinor: 5000, vatRate: "none" },
        { quantity: "1", unitPriceMinor: 101, vatRate: "none" },
      ],
    });
    expect(minor(document)).toEqual({
      lines: [
        [10000, 0, 10000, 0, 10000],
        [101, 0, 101, 0, 101],
      ],
      subtotal: 10101,
      net: 10101,
      vat: 0,
      toPay: 10101,
    });
    expect(document.totals.withoutVat).toBe(true);
    expect(document.totals.byRate).toEqual([]);
  });

  it("gives one VAT sum per rate, highest first; «Без НДС» lines count in the totals only", () => {
    const document = vatDocument({
      pricing: "added",
      lines: [
        { quantity: "1", unitPriceMinor: 3000, vatRate: "vat0" },
        { quantity: "1", unitPriceMinor: 5000, vatRate: "vat10" },
        { quantity: "1", unitPriceMinor: 1000, vatRate: "none" },
        { quantity: "1", unitPriceMinor: 10000, vatRate: "vat22" },
        { quantity: "3", unitPriceMinor: 333, vatRate: "vat10" },
      ],
    });
    expect(
      document.totals.byRate.map((rate) => [
        rate.vatRate,
        rate.percent,
        rate.net.amountMinor,
        rate.vat.amountMinor,
      ]),
    ).toEqual([
      ["vat22", 22, 10000, 2200],
      ["vat10", 10, 5999, 600],
      ["vat0", 0, 3000, 0],
    ]);
    expect(document.totals.vat.amountMinor).toBe(2800);
    expect(document.totals.toPay.amountMinor).toBe(22799);
    expect(document.totals.withoutVat).toBe(false);
  });

  it.each<[VatLineInput["vatRate"], VatPricing, number, number]>([
    ["vat5", "added", 10000, 500],
    ["vat7", "added", 10000, 700],
    ["vat5", "included", 10500, 500],
    ["vat7", "included", 10700, 700],
    ["vat10", "added", 5, 1],
    ["vat20", "included", 3, 1],
  ])("%s %s on %d kopecks is %d kopecks (ties half-up)", (vatRate, pricing, price, vat) => {
    const [line] = vatDocument({ pricing, lines: [{ quantity: "1", unitPriceMinor: price, vatRate }] }).lines;
    expect(line?.vat.amountMinor).toBe(vat);
    expect((line?.net.amountMinor ?? 0) + vat).toBe(line?.gross.amountMinor);
  });
});

describe("vatDocument: quantities", () => {
  it.each<[VatLineInput["quantity"], number, number]>([
    ["1000000.5", 99999, 99999050000],
    ["1000", 1, 1000],
    ["0,125", 1000, 125],
    ["0,5", 1, 1],
    ["2.500", 3, 8],
    [{ thousandths: 1 }, 1, 0],
    [{ thousandths: 1500 }, 1001, 1502],
    ["250000", 3999999, 999999750000],
  ])("%s × %d kopecks = %d kopecks", (quantity, unitPriceMinor, amount) => {
    const [line] = vatDocument({
      pricing: "added",
      lines: [{ quantity, unitPriceMinor, vatRate: "vat20" }],
    }).lines;
    expect(line?.amount.amountMinor).toBe(amount);
  });

  it("works in the document's currency", () => {
    const document = vatDocument({
      pricing: "added",
      currency: "EUR",
      lines: [{ quantity: "1", unitPriceMinor: 100, vatRate: "vat20" }],
    });
    expect(document.totals.toPay).toEqual({ amountMinor: 120, currency: "EUR" });
  });
});

describe("vatDocument refuses bad input, naming the field", () => {
  const line: VatLineInput = { quantity: "1", unitPriceMinor: 100, vatRate: "vat20" };
  it.each<[string, Partial<VatLineInput>, string, string]>([
    ["zero quantity", { quantity: "0" }, "lines.1.quantity", "quantity"],
    ["negative quantity", { quantity: "-1" }, "lines.1.quantity", "quantity"],
    ["four decimals", { quantity: "1,0005" }, "lines.1.quantity", "quantity"],
    ["text", { quantity: "два" }, "lines.1.quantity", "quantity"],
    ["fractional thousandths", { quantity: { thousandths: 1.5 } }, "lines.1.quantity", "quantity"],
    ["negative price", { unitPriceMinor: -1 }, "lines.1.unitPriceMinor", "unitPrice"],
    ["fractional price", { unitPriceMinor: 1.5 }, "lines.1.unitPriceMinor", "unitPrice"],
    ["discount over 100 %", { discount: { percent: 101 } }, "lines.1.discount", "discountPercent"],
    ["negative discount", { discount: { percent: -5 } }, "lines.1.discount", "discountPercent"],
    ["discount over the line", { discount: { amountMinor: 101 } }, "lines.1.discount", "discountAmount"],
    ["unknown rate", { vatRate: "vat18" as never }, "lines.1.vatRate", "vatRate"],
    ["a line past 2^53 kopecks", { quantity: "2", unitPriceMinor: 9e15 }, "lines.1", "lineTooLarge"],
    ["VAT on top past 2^53 kopecks", { quantity: "1", unitPriceMinor: 8e15 }, "lines.1", "lineTooLarge"],
  ])("%s", (_, change, field, key) => {
    const input = { pricing: "added" as const, lines: [line, { ...line, ...change }] };
    expect(() => vatDocument(input)).toThrow(
      expect.objectContaining({
        code: "BAD_INPUT",
        key: `core.document-money.${key}`,
        fieldRefs: { [field]: expect.objectContaining({ key: `core.document-money.${key}` }) },
      }),
    );
  });

  it("a document without lines", () => {
    expect(() => vatDocument({ pricing: "included", lines: [] })).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", key: "core.document-money.noLines" }),
    );
  });
});
