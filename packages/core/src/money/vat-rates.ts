/**
 * The VAT (НДС) rates a Russian document may carry, as data: add a row when the law changes,
 * not code. `percent` is `null` for «Без НДС» (a seller on the simplified system exempt from
 * VAT, or an exempt supply); `from`/`until` (inclusive `YYYY-MM-DD`) bound the dates a rate
 * applies to — 20 % became 22 % on 1 January 2026 (Federal law 425-FZ of 28.11.2025); 5 % and
 * 7 % are the simplified system's rates without deduction from 2025 (Tax code art. 164 p. 8);
 * 10 % (food, children's goods, medicines) and 0 % (export) stay. The ids match the
 * organisation's VAT modes in `requisites/vat-modes.ts`.
 */
export const vatRates = [
  { id: "vat22", percent: 22, from: "2026-01-01", until: null },
  { id: "vat20", percent: 20, from: null, until: "2025-12-31" },
  { id: "vat10", percent: 10, from: null, until: null },
  { id: "vat7", percent: 7, from: "2025-01-01", until: null },
  { id: "vat5", percent: 5, from: "2025-01-01", until: null },
  { id: "vat0", percent: 0, from: null, until: null },
  { id: "none", percent: null, from: null, until: null },
] as const satisfies readonly VatRateRow[];

type VatRateRow = {
  readonly id: string;
  readonly percent: number | null;
  readonly from: string | null;
  readonly until: string | null;
};

/** One row of `vatRates`. */
export type VatRate = (typeof vatRates)[number];

/** The id of a VAT rate, e.g. `"vat22"`, or `"none"` for «Без НДС». */
export type VatRateId = VatRate["id"];

/** True when `value` names a row of `vatRates`, e.g. for input from a form or an API. */
export function isVatRateId(value: unknown): value is VatRateId {
  return vatRates.some((rate) => rate.id === value);
}

/** The row of `id`. */
export function vatRate(id: VatRateId): VatRate {
  return vatRates.find((rate) => rate.id === id) as VatRate;
}

/**
 * The rates a document dated `date` (`YYYY-MM-DD`) may use, highest first, «Без НДС» last:
 * what a rate picker offers. Documents dated before a change keep the rate of their date.
 *
 * @example vatRatesOn("2026-03-01").map((r) => r.id) // ["vat22", "vat10", "vat7", "vat5", "vat0", "none"]
 */
export function vatRatesOn(date: string): VatRate[] {
  return vatRates.filter(
    (rate) => (rate.from === null || rate.from <= date) && (rate.until === null || date <= rate.until),
  );
}
