import { vatRates } from "../money/vat-rates.ts";

/**
 * How an organisation charges VAT (НДС): the rates of `money/vat-rates.ts` — 22 % (from 2026),
 * 20 % (documents up to 2025), 10 %, 7 % and 5 % (the simplified system's rates from 2025),
 * 0 %, or none ('без НДС'). One list, so a rate added there is a mode here; `rate` is in
 * percent, `null` for none.
 */
export const vatModes = vatRates.map((rate) => ({ id: rate.id, rate: rate.percent }));

/** One of `vatModes`' ids. */
export type VatMode = (typeof vatRates)[number]["id"];

/** The ids of `vatModes`, for an enum. */
export const vatModeIds = vatModes.map((mode) => mode.id) as [VatMode, ...VatMode[]];
