import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Mail's words: mailbox settings refusals, poll statuses and timeline texts, in the viewer's language. */
export const mailMessages = registerMessages(
  defineMessages("core.mail", {
    nameRequired: { en: "Name the mailbox", ru: "Назовите почтовый ящик" },
    addressFormat: { en: "Enter the mailbox's email address", ru: "Укажите адрес почтового ящика" },
    hostRequired: { en: "Enter the server's address", ru: "Укажите адрес сервера" },
    portRange: { en: "A port is a number from 1 to 65535", ru: "Порт — число от 1 до 65535" },
    userRequired: { en: "Enter the login", ru: "Укажите логин" },
    passwordRequired: { en: "Enter the password", ru: "Укажите пароль" },
    foldersRequired: {
      en: "Name at least one folder to watch, e.g. INBOX",
      ru: "Укажите хотя бы одну папку, например INBOX",
    },
    noSuchMailbox: {
      en: "This mailbox is no longer connected",
      ru: "Этот почтовый ящик больше не подключён",
    },
    noSuchLetter: { en: "This letter is out of your reach", ru: "Это письмо вам недоступно" },
    noSuchAttachment: { en: "This attachment is not stored", ru: "Это вложение не сохранено" },
    replyRequired: { en: "Write the reply", ru: "Напишите ответ" },
    noMailer: {
      en: "The server sends no mail (QUARTET_SMTP_URL is unset) and the mailbox has no SMTP server of its own",
      ru: "Сервер не отправляет почту (не задан QUARTET_SMTP_URL), а у ящика нет своего SMTP-сервера",
    },
    loginFailed: {
      en: "The mail server refused the login or password",
      ru: "Почтовый сервер не принял логин или пароль",
    },
    unreachable: {
      en: "The mail server does not answer: check its address, port and TLS",
      ru: "Почтовый сервер не отвечает: проверьте адрес, порт и TLS",
    },
    folderMissing: { en: "Folder {folder} does not exist", ru: "Папки {folder} нет на сервере" },
    failed: { en: "Reading the mailbox failed: {reason}", ru: "Не удалось прочитать ящик: {reason}" },
    letterFrom: { en: "Letter from {from}: {subject}", ru: "Письмо от {from}: {subject}" },
    letterFromPrivate: { en: "Letter from {from}", ru: "Письмо от {from}" },
    letterTo: { en: "Letter to {to}: {subject}", ru: "Письмо для {to}: {subject}" },
    noSubject: { en: "(no subject)", ru: "(без темы)" },
  }),
);
