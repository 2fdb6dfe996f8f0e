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
    notAMember: {
      en: "You are not a member of this organisation",
      ru: "Вы не состоите в этой организации",
    },
  }),
);
