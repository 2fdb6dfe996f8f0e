/** Amounts as people type them; the parsing lives in the design system, shared with plugin pages. */
export { amountMinorOf, minorToText, parseDecimal } from "@quartet/ui/pure";
