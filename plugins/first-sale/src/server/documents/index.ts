import type { DocumentSource } from "@quartet/core";
import type { FirstSaleSettings } from "../../contracts/settings.ts";
import { dealInvoiceSource } from "./invoice-source.ts";
import { proposalSource } from "./proposal-source.ts";

/** The documents first sale registers with core: a proposal's PDF and a deal's invoice. */
export const firstSaleDocuments: readonly DocumentSource<FirstSaleSettings>[] = [
  proposalSource,
  dealInvoiceSource,
];
