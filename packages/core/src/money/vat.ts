import { DomainError } from "../errors.ts";
import { sum } from "./arithmetic.ts";
import { type CurrencyCode, defaultCurrency } from "./currency.ts";
import type { Money } from "./money.ts";
import { type VatLine, type VatLineInput, type VatPricing, vatLine } from "./vat-line.ts";
import { documentMoneyMessages as m } from "./vat-messages.ts";
import { type VatRateId, vatRates } from "./vat-rates.ts";

/** A document's lines and how its prices treat VAT; the currency defaults to RUB. */
export type VatDocumentInput = {
  readonly pricing: VatPricing;
  readonly currency?: CurrencyCode;
  readonly lines: readonly VatLineInput[];
};

/** The VAT of one rate over the lines that carry it: «НДС 22 %» on an invoice. */
export type VatByRate = {
  readonly vatRate: VatRateId;
  readonly percent: number;
  readonly net: Money;
  readonly vat: Money;
};

/** A document's totals: every figure is the sum of the lines' rounded figures. */
export type VatTotals = {
  readonly pricing: VatPricing;
  /** «Итого»: the lines' sum as priced — net when VAT is added, gross when included. */
  readonly subtotal: Money;
  readonly discount: Money;
  readonly net: Money;
  /** «В том числе НДС» (included) or «НДС» on top (added); zero under «Без НДС». */
  readonly vat: Money;
  /** One entry per rate in use, highest first; «Без НДС» lines have none. */
  readonly byRate: readonly VatByRate[];
  /** True when every line is «Без НДС»: the document says so instead of a VAT figure. */
  readonly withoutVat: boolean;
  /** «Всего к оплате». */
  readonly toPay: Money;
};

/** The lines worked out and the document's totals. */
export type VatDocument = { readonly lines: readonly VatLine[]; readonly totals: VatTotals };

/**
 * Works out a document's VAT the way Russian invoices (счёт, счёт-фактура, УПД) do: each line
 * to the kopeck first (`vatLine`: discount before VAT, half-up), then the totals as sums of the
 * lines — so the printed columns always add up, and the VAT of a rate is the sum of its lines'
 * VAT, not the rate applied to the sum. Throws `BAD_INPUT` on no lines or a bad line, naming
 * the field (`lines.2.quantity`).
 *
 * @example vatDocument({ pricing: "added", lines: [{ quantity: "2", unitPriceMinor: 10000, vatRate: "vat22" }] }).totals.toPay // 244,00 ₽
 */
export function vatDocument(input: VatDocumentInput): VatDocument {
  const currency = input.currency ?? defaultCurrency;
  if (input.lines.length === 0) {
    throw new DomainError("BAD_INPUT", m.noLines, { fields: { lines: m.noLines } });
  }
  const lines = input.lines.map((line, index) => vatLine(line, input.pricing, currency, index));
  const total = (pick: (line: VatLine) => Money, of: readonly VatLine[] = lines) =>
    sum(of.map(pick), currency);
  const gross = total((line) => line.gross);
  return {
    lines,
    totals: {
      pricing: input.pricing,
      subtotal: input.pricing === "added" ? total((line) => line.net) : gross,
      discount: total((line) => line.discount),
      net: total((line) => line.net),
      vat: total((line) => line.vat),
      byRate: vatRates.flatMap((rate) => {
        const of = lines.filter((line) => line.vatRate === rate.id);
        if (rate.percent === null || of.length === 0) return [];
        const net = total((line) => line.net, of);
        return [{ vatRate: rate.id, percent: rate.percent, net, vat: total((line) => line.vat, of) }];
      }),
      withoutVat: lines.every((line) => line.vatRate === "none"),
      toPay: gross,
    },
  };
}
