export { allocate } from "./allocate.ts";
export { amountInWords } from "./amount-in-words.ts";
export { add, multiply, negate, percentOf, subtract, sum } from "./arithmetic.ts";
export { compare, equals, isNegative, isPositive, isZero } from "./compare.ts";
export {
  type CurrencyCode,
  currencyCodes,
  currencyExponent,
  currencyExponents,
  defaultCurrency,
  isCurrencyCode,
} from "./currency.ts";
export { type FormatMoneyOptions, formatMoney } from "./format.ts";
export { fromMajor, toMajorString } from "./major-units.ts";
export { assertSameCurrency, type Money, money, zero } from "./money.ts";
export type { Rounding } from "./rounding.ts";
export {
  type VatByRate,
  type VatDocument,
  type VatDocumentInput,
  type VatTotals,
  vatDocument,
} from "./vat.ts";
export { withDocumentDiscount } from "./vat-document-discount.ts";
export {
  type LineDiscount,
  type VatLine,
  type VatLineInput,
  type VatPricing,
  vatLine,
} from "./vat-line.ts";
export { documentMoneyMessages } from "./vat-messages.ts";
export { type LineQuantity, quantityThousandths } from "./vat-quantity.ts";
export { isVatRateId, type VatRate, type VatRateId, vatRate, vatRates, vatRatesOn } from "./vat-rates.ts";
