import { createI18n, type I18n } from "../i18n/create-i18n.ts";
import type { Translation } from "../i18n/types.ts";

/** The documents card's words: issuing, the versions list, preview and the send dialog. */
const en = {
  title: "Documents",
  issue: "Issue {name}",
  issueAgain: "New version: {name}",
  issued: "Ready: {name} No. {number}",
  language: "Document language",
  languages: { ru: "Russian", en: "English" },
  none: "No documents yet",
  noneHint: "An issued document appears here with each of its versions.",
  nothingToIssue: "There are no documents you may issue here.",
  heading: "{name} No. {number}",
  version: "version {version}",
  superseded: "a newer version exists",
  inLanguage: { ru: "in Russian", en: "in English" },
  sentTo: "sent to {to}, {date}",
  preview: "Preview",
  previewOf: "Preview {name} No. {number}, version {version}",
  download: "Download",
  downloadOf: "Download {name} No. {number}, version {version}",
  openTab: "Open in a new tab",
  previewTitle: "{name} No. {number} of {date}",
  previewFrame: "The PDF of {name} No. {number}",
  previewFallback: "If the document does not show here, open it in a new tab or download it.",
  send: "Send",
  sendOf: "Send {name} No. {number}, version {version} by email",
  sendTitle: "Send {name} No. {number}",
  sendDescription: "The PDF goes as an attachment; the sending is recorded on the client's timeline.",
  to: "To",
  toHint: "Type an address and press Enter",
  subject: "Subject",
  subjectHint: "Leave empty for the usual subject with the document's number and date.",
  message: "Message",
  messageHint: "Goes above the usual polite text.",
  sendSubmit: "Send",
  sentToast: "{name} No. {number} is on its way to {to}",
  errors: {
    network: "The server did not answer. Check the connection and try again.",
    internal: "Something went wrong on the server. Try again later.",
  },
} as const;

const ru: Translation<typeof en> = {
  title: "Документы",
  issue: "Сформировать {name}",
  issueAgain: "Новая версия: {name}",
  issued: "Готово: {name} № {number}",
  language: "Язык документа",
  languages: { ru: "Русский", en: "Английский" },
  none: "Документов пока нет",
  noneHint: "Сформированный документ появится здесь со всеми своими версиями.",
  nothingToIssue: "Здесь нет документов, которые вы можете сформировать.",
  heading: "{name} № {number}",
  version: "версия {version}",
  superseded: "есть новая версия",
  inLanguage: { ru: "на русском", en: "на английском" },
  sentTo: "отправлен {to}, {date}",
  preview: "Просмотр",
  previewOf: "Просмотр: {name} № {number}, версия {version}",
  download: "Скачать",
  downloadOf: "Скачать: {name} № {number}, версия {version}",
  openTab: "Открыть в новой вкладке",
  previewTitle: "{name} № {number} от {date}",
  previewFrame: "PDF документа «{name} № {number}»",
  previewFallback: "Если документ здесь не показался, откройте его в новой вкладке или скачайте.",
  send: "Отправить",
  sendOf: "Отправить по почте: {name} № {number}, версия {version}",
  sendTitle: "Отправить: {name} № {number}",
  sendDescription: "PDF уйдёт вложением; отправка запишется в ленту клиента.",
  to: "Кому",
  toHint: "Введите адрес и нажмите Enter",
  subject: "Тема",
  subjectHint: "Оставьте пустой — тема будет обычной, с номером и датой документа.",
  message: "Сообщение",
  messageHint: "Встанет над обычным вежливым текстом.",
  sendSubmit: "Отправить",
  sentToast: "{name} № {number} отправляется: {to}",
  errors: {
    network: "Сервер не ответил. Проверьте соединение и повторите.",
    internal: "На сервере что-то пошло не так. Повторите позже.",
  },
};

let messages: I18n<typeof en> | undefined;

/** The documents card's translator; it follows the shared locale, so it switches with the app. */
export function documentsText(): I18n<typeof en> {
  messages ??= createI18n({ en, ru });
  return messages;
}
