import { DomainError } from "../errors.ts";
import { defineMessages, type MessageParams } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Refusals of document money: lines with VAT (`vat.ts`) and amounts in words (`amount-in-words.ts`). */
export const documentMoneyMessages = registerMessages(
  defineMessages("core.document-money", {
    noLines: { en: "A document needs at least one line", ru: "В документе должна быть хотя бы одна строка" },
    quantity: {
      en: 'Quantity must be a positive number with at most 3 decimal places: "{value}"',
      ru: "Количество — положительное число, не больше 3 знаков после запятой: «{value}»",
    },
    unitPrice: {
      en: "Price must be a whole number of minor units (kopecks, cents), not negative: {value}",
      ru: "Цена — целое неотрицательное число копеек (центов): {value}",
    },
    discountPercent: {
      en: "Discount must be from 0 to 100 %: {value}",
      ru: "Скидка — от 0 до 100 %: {value}",
    },
    discountAmount: {
      en: "Discount must be from 0 up to the line's amount {amount}, not {value}",
      ru: "Скидка — от 0 до суммы строки {amount}, а не {value}",
    },
    documentDiscount: {
      en: "A discount on the document must be from 0 up to its amount {amount}, not {value}",
      ru: "Скидка на документ — от 0 до его суммы {amount}, а не {value}",
    },
    vatRate: { en: 'Unknown VAT rate "{value}"', ru: "Неизвестная ставка НДС «{value}»" },
    lineTooLarge: {
      en: "Line {line}: the amount is too large",
      ru: "Строка {line}: слишком большая сумма",
    },
    wordsNegative: {
      en: "An amount in words cannot be negative: {value}",
      ru: "Сумму прописью нельзя написать для отрицательного числа: {value}",
    },
    wordsTooLarge: {
      en: "An amount in words is limited to 999 999 999 999 999 major units: {value}",
      ru: "Сумма прописью — не больше 999 999 999 999 999 единиц валюты: {value}",
    },
    wordsWhole: {
      en: "An amount in words takes a whole number of minor units: {value}",
      ru: "Сумма прописью принимает целое число копеек: {value}",
    },
    wordsCurrency: {
      en: "Amounts in {currency} cannot be written in words yet (RUB, USD and EUR can)",
      ru: "Сумму в {currency} пока нельзя написать прописью (можно в RUB, USD и EUR)",
    },
  }),
);

/** A `BAD_INPUT` refusal of one field, e.g. `lines.2.quantity`, with the same message for the field and the whole. */
export function fieldRefusal(key: string, field: string, params: MessageParams): DomainError {
  return new DomainError("BAD_INPUT", key, { params, fields: { [field]: { key, params } } });
}
