/**
 * How an organisation charges VAT (НДС): 20 %, 10 %, 0 %, or none ('без НДС', the simplified
 * system). The ids are shared with the VAT maths in `money/vat.ts`; `rate` is in percent, `null`
 * for none. Extend by adding a row.
 */
export const vatModes = [
  { id: "vat20", rate: 20 },
  { id: "vat10", rate: 10 },
  { id: "vat0", rate: 0 },
  { id: "none", rate: null },
] as const;

/** One of `vatModes`' ids. */
export type VatMode = (typeof vatModes)[number]["id"];

/** The ids of `vatModes`, for an enum. */
export const vatModeIds = vatModes.map((mode) => mode.id) as [VatMode, ...VatMode[]];
