import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Refusals of `core.notifications.*` and of the notification stream. */
export const notificationMessages = registerMessages(
  defineMessages("core.notifications", {
    badCursor: {
      en: "This page link is not valid; reload the list",
      ru: "Ссылка на страницу списка устарела; обновите список",
    },
    notACursor: { en: "Not a cursor this list gave out", ru: "Эту ссылку выдал не этот список" },
    unknownType: {
      en: "There is no such notification type here",
      ru: "Такого вида уведомлений здесь нет",
    },
    chooseType: { en: "Choose a notification type", ru: "Выберите вид уведомлений" },
    chooseNotification: { en: "Choose a notification", ru: "Выберите уведомление" },
    noBot: {
      en: "No Telegram bot is connected: an administrator connects one on the Telegram page of prospecting",
      ru: "Telegram-бот не подключён: администратор подключает его на странице Telegram в лидогенерации",
    },
    telegramSilent: {
      en: "Telegram did not answer; try again in a minute",
      ru: "Telegram не ответил; попробуйте через минуту",
    },
    telegramLinked: {
      en: "Done: Quartet notifications will come to this chat. Turn them off per type on the notifications page.",
      ru: "Готово: уведомления Quartet будут приходить в этот чат. Отключить их можно на странице уведомлений.",
    },
    telegramLinkExpired: {
      en: "This link has expired. Open the notifications page in Quartet and link Telegram again.",
      ru: "Ссылка устарела. Откройте страницу уведомлений в Quartet и подключите Telegram ещё раз.",
    },
    mailFooter: {
      en: "You get this mail because this notification is on for email in Quartet.",
      ru: "Это письмо пришло, потому что уведомление включено для почты в Quartet.",
    },
    notAMember: {
      en: "You are not a member of this organisation",
      ru: "Вы не состоите в этой организации",
    },
  }),
);
