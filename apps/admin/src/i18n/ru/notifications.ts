import type { Translation } from "@quartet/ui";
import type { notifications as en } from "../en/notifications.ts";

/** Колокольчик в верхней панели, страница уведомлений и настройки уведомлений пользователя. */
export const notifications: Translation<typeof en> = {
  bell: {
    label: "Уведомления",
    labelUnread: {
      one: "Уведомления: {count} непрочитанное",
      few: "Уведомления: {count} непрочитанных",
      many: "Уведомления: {count} непрочитанных",
    },
    markAllRead: "Прочитать все",
    all: "Все уведомления",
    settings: "Настройки уведомлений",
    empty: "Уведомлений пока нет",
    emptyHint: "Здесь появятся новые лиды, передачи вам, задачи к сроку и застрявшие сделки.",
    failed: "Не удалось загрузить уведомления",
    unread: "Не прочитано",
    arrived: "Новое уведомление: {title}",
  },
  time: {
    justNow: "только что",
  },
  page: {
    title: "Уведомления",
    subtitle: "Всё, о чём сообщил Quartet, сначала новые.",
    filter: "Показать",
    all: "Все",
    unread: "Непрочитанные",
    empty: "Уведомлений пока нет",
    emptyUnread: "Всё прочитано",
    emptyUnreadHint: "Новые уведомления появятся здесь.",
    allRead: "Все уведомления прочитаны",
  },
  preferences: {
    title: "Настройки уведомлений",
    subtitle: "Выберите, о чём и где сообщать: в приложении, по почте или в Telegram.",
    types: "О чём и где",
    type: "Уведомление",
    inApp: "В приложении",
    email: "Почта",
    telegram: "Telegram",
    switchLabel: "{type}: {channel}",
    on: "{type}: {channel} — включено",
    off: "{type}: {channel} — выключено",
    needsTelegram: "Привяжите Telegram ниже, чтобы получать эти уведомления там.",
    none: "Уведомлений пока нет",
  },
  telegram: {
    title: "Telegram",
    linked: "Telegram привязан: включённые уведомления приходят сообщениями от бота организации.",
    notLinked: "Привяжите свой Telegram, чтобы получать уведомления сообщениями от бота организации.",
    link: "Привязать Telegram",
    open: "Открыть Telegram",
    instruction:
      "Откройте ссылку на устройстве с Telegram и нажмите «Запустить». Когда бот подтвердит привязку, эта страница это покажет.",
    expires: "Ссылка действует до {time}.",
    unlink: "Отвязать Telegram",
    unlinked: "Telegram отвязан",
    linkedNow: "Telegram привязан",
    noBot:
      "У организации пока нет бота в Telegram. Его подключает администратор в настройках каналов лидогенерации: Лиды → Telegram-бот.",
  },
};
