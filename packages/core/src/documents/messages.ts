import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Refusals about documents (invoices, proposals, plugins' types), worded in the viewer's language; the type itself stays in `params.type` for API clients, since a Russian screen shows no slugs. */
export const documentMessages = registerMessages(
  defineMessages("core.documents", {
    unknownType: {
      en: "This kind of document cannot be made here",
      ru: "Такой документ здесь не оформить",
    },
    chooseType: { en: "Choose the kind of document", ru: "Выберите вид документа" },
    chooseSubject: { en: "Choose what the document is for", ru: "Выберите, для чего документ" },
    chooseDocument: { en: "Choose a document", ru: "Выберите документ" },
    noSuchDocument: { en: "This document does not exist", ru: "Такого документа нет" },
    recipientsRequired: { en: "Enter at least one email address", ru: "Укажите хотя бы один адрес почты" },
    noLines: { en: "The document has no lines to print", ru: "В документе нет ни одной строки" },
    noSellerRequisites: {
      en: "Fill in the organisation's requisites first (Settings → Requisites)",
      ru: "Сначала заполните реквизиты организации (Настройки → Реквизиты)",
    },
    issuedOnTimeline: {
      en: "Issued {document} No. {number} of {date}",
      ru: "Оформлен документ: {document} № {number} от {date}",
    },
    issuedVersionOnTimeline: {
      en: "Issued {document} No. {number} of {date}, version {version}",
      ru: "Оформлен документ: {document} № {number} от {date}, версия {version}",
    },
    sentOnTimeline: {
      en: "Emailed {document} No. {number} of {date} to {to}",
      ru: "Отправлено по почте: {document} № {number} от {date} — {to}",
    },
    paymentWithin: {
      en: { one: "payment within {count} day", other: "payment within {count} days" },
      ru: {
        one: "оплата в течение {count} дня",
        few: "оплата в течение {count} дней",
        many: "оплата в течение {count} дней",
        other: "оплата в течение {count} дня",
      },
    },
    paymentSameDay: { en: "payment on the day of issue", ru: "оплата в день выставления" },
    invoiceFileWord: { en: "Invoice", ru: "Счёт" },
    unitPieces: { en: "pcs", ru: "шт" },
    orderCancelled: {
      en: "Order {number} is cancelled: no invoice can be issued for it",
      ru: "Заказ {number} отменён: счёт на него не выставить",
    },
    fileName: { en: "{name} No. {number} of {date}", ru: "{name} № {number} от {date}" },
    fileNameVersion: {
      en: "{name} No. {number} of {date}, version {version}",
      ru: "{name} № {number} от {date}, версия {version}",
    },
    noMailer: {
      en: "Mail is not set up on this server",
      ru: "Отправка почты на этом сервере не настроена",
    },
  }),
);
