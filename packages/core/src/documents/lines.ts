import type { Locale } from "../i18n.ts";
import { amountInWords } from "../money/amount-in-words.ts";
import type { CurrencyCode } from "../money/currency.ts";
import { money } from "../money/money.ts";
import { vatDocument } from "../money/vat.ts";
import type { VatLineInput, VatPricing } from "../money/vat-line.ts";
import { quantityThousandths } from "../money/vat-quantity.ts";
import { vatRate } from "../money/vat-rates.ts";
import type { DocumentLine, DocumentTotals, LineVat } from "./model.ts";

/** A line as a deal or an order gives it: what is sold and in what unit, plus the VAT maths' input. */
export type DocumentLineInput = VatLineInput & { readonly name: string; readonly unit: string };

/** What `documentLines` takes: the lines, whether their prices hold VAT, the currency (RUB by default). */
export type DocumentLinesInput = {
  readonly pricing: VatPricing;
  readonly currency?: CurrencyCode;
  readonly lines: readonly DocumentLineInput[];
};

/**
 * The printed lines and sums of a document, worked out by `vatDocument` (each line to the
 * kopeck, totals as sums of lines) with the total in words in the document's language.
 * Throws `BAD_INPUT` naming the field (`lines.2.quantity`) on a bad line.
 *
 * @example documentLines({ pricing: "included", lines: [{ name: "Аудит", unit: "усл.", quantity: "1", unitPriceMinor: 12200, vatRate: "vat22" }] }, "ru").totals.vat // 22,00 ₽
 */
export function documentLines(
  input: DocumentLinesInput,
  locale: Locale,
): { lines: DocumentLine[]; totals: DocumentTotals } {
  const currency = input.currency ?? "RUB";
  const worked = vatDocument(input);
  const lines = worked.lines.map((line, index): DocumentLine => {
    const entered = input.lines[index] as DocumentLineInput;
    const percent = vatRate(line.vatRate).percent;
    const vat: LineVat = percent === null ? { kind: "none" } : { kind: "rate", ratePercent: percent };
    return {
      name: entered.name,
      unit: entered.unit,
      quantity: Number(quantityThousandths(entered.quantity, `lines.${index}.quantity`)) / 1000,
      price: money(entered.unitPriceMinor, currency),
      ...(line.discount.amountMinor > 0 ? { discount: line.discount } : {}),
      vat,
      vatAmount: line.vat,
      total: input.pricing === "included" ? line.gross : line.net,
    };
  });
  const { totals } = worked;
  return {
    lines,
    totals: {
      vatPricing: input.pricing,
      subtotal: totals.subtotal,
      ...(totals.withoutVat ? {} : { vat: totals.vat }),
      ...(totals.byRate.length > 1
        ? { vatByRate: totals.byRate.map((rate) => ({ ratePercent: rate.percent, vat: rate.vat })) }
        : {}),
      total: totals.toPay,
      totalInWords: amountInWords(totals.toPay.amountMinor, currency, locale),
    },
  };
}
