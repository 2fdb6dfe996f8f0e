import { type CsvLocale, instantCell, moneyCell, wordCell } from "./cell-formats.ts";
import type { CsvColumn } from "./csv-response.ts";
import { functionWords, orderStatusWords, paymentStatusWords } from "./labels.ts";

/** The columns of an orders export: amounts as numbers Excel sums, the currency beside them, the order date as `YYYY-MM-DD`. */
export function orderColumns(locale: CsvLocale, timeZone: string): CsvColumn[] {
  const amount = moneyCell(locale);
  // biome-ignore format: one column a line
  return [
    { key: "number", header: { en: "Number", ru: "Номер" } },
    { key: "orderedOn", header: { en: "Date", ru: "Дата" } },
    { key: "clientName", header: { en: "Client", ru: "Клиент" } },
    { key: "lines", header: { en: "Lines", ru: "Позиций" } },
    { key: "subtotal", header: { en: "Subtotal", ru: "Сумма без скидки" }, format: amount },
    { key: "discount", header: { en: "Discount", ru: "Скидка" }, format: amount },
    { key: "total", header: { en: "Total", ru: "Итого" }, format: amount },
    { key: "paid", header: { en: "Paid", ru: "Оплачено" }, format: amount },
    { key: "due", header: { en: "Balance due", ru: "Остаток к оплате" }, format: amount },
    { key: "paymentStatus", header: { en: "Payment", ru: "Оплата" }, format: wordCell(locale, paymentStatusWords) },
    { key: "status", header: { en: "Status", ru: "Статус" }, format: wordCell(locale, orderStatusWords) },
    { key: "currency", header: { en: "Currency", ru: "Валюта" } },
    { key: "function", header: { en: "Function", ru: "Функция" }, format: wordCell(locale, functionWords) },
    { key: "note", header: { en: "Note", ru: "Комментарий" } },
    { key: "createdAt", header: { en: "Recorded", ru: "Записан" }, format: instantCell(timeZone) },
  ];
}
