import { createI18n, type I18n } from "./create-i18n.ts";
import type { Translation } from "./types.ts";

/** The design system's own texts (widget errors, loading, dialogs), in both languages. */
const en = {
  loading: "Loading…",
  close: "Close",
  cancel: "Cancel",
  retry: "Try again",
  widgetFailed: "This widget failed to load",
  widgetFailedDetail: "Plugin “{plugin}”. The rest of the page works.",
  pageFailed: "This page failed to load",
  pageFailedDetail: "Plugin “{plugin}”. Try again, or open another page.",
  notifications: "Notifications",
  progress: "{percent} complete",
} as const;

const ru: Translation<typeof en> = {
  loading: "Загрузка…",
  close: "Закрыть",
  cancel: "Отмена",
  retry: "Повторить",
  widgetFailed: "Виджет не загрузился",
  widgetFailedDetail: "Модуль «{plugin}». Остальная страница работает.",
  pageFailed: "Страница не загрузилась",
  pageFailedDetail: "Модуль «{plugin}». Повторите попытку или откройте другую страницу.",
  notifications: "Уведомления",
  progress: "Выполнено {percent}",
};

let messages: I18n<typeof en> | undefined;

/** The design system's translator; it follows the shared locale, so it switches with the app. */
export function uiText(): I18n<typeof en> {
  messages ??= createI18n({ en, ru });
  return messages;
}
