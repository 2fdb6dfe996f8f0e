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
  widgetFailedDetailUnnamed: "The rest of the page works.",
  pageFailed: "This page failed to load",
  pageFailedDetail: "Plugin “{plugin}”. Try again, or open another page.",
  pageFailedDetailUnnamed: "Try again, or open another section.",
  notifications: "Notifications",
  progress: "{percent} complete",
  copy: "Copy",
  copied: "Copied",
  copyFailed: "Could not copy; select the text and copy it by hand",
  removeTag: "Remove “{tag}”",
  tagHint: "Press Enter to add",
  noResults: "Nothing found",
  step: "Step {current} of {total}",
  done: "done",
  fieldRequired: "Required",
  notNumber: "Enter a number",
  notInteger: "Enter a whole number",
  tooSmall: "At least {limit}",
  tooLarge: "At most {limit}",
  range: "From {min} to {max}",
  secretKept: "Stored and hidden. Leave as is to keep it, or type a new value.",
  unsupported: "This setting cannot be edited here; its current value is shown.",
  noData: "No data yet",
  loadFailed: "Could not load. Check the connection and try again.",
  target: "target {target}",
  judged: { ok: "On target", warn: "Close", bad: "Off target", unknown: "No data yet" },
} as const;

const ru: Translation<typeof en> = {
  loading: "Загрузка…",
  close: "Закрыть",
  cancel: "Отмена",
  retry: "Повторить",
  widgetFailed: "Виджет не загрузился",
  widgetFailedDetail: "Модуль «{plugin}». Остальная страница работает.",
  widgetFailedDetailUnnamed: "Остальная страница работает.",
  pageFailed: "Страница не загрузилась",
  pageFailedDetail: "Модуль «{plugin}». Повторите попытку или откройте другую страницу.",
  pageFailedDetailUnnamed: "Повторите попытку или откройте другой раздел.",
  notifications: "Уведомления",
  progress: "Выполнено {percent}",
  copy: "Скопировать",
  copied: "Скопировано",
  copyFailed: "Не удалось скопировать; выделите текст и скопируйте вручную",
  removeTag: "Убрать «{tag}»",
  tagHint: "Нажмите Enter, чтобы добавить",
  noResults: "Ничего не найдено",
  step: "Шаг {current} из {total}",
  done: "готово",
  fieldRequired: "Обязательное поле",
  notNumber: "Введите число",
  notInteger: "Введите целое число",
  tooSmall: "Не меньше {limit}",
  tooLarge: "Не больше {limit}",
  range: "От {min} до {max}",
  secretKept: "Сохранено и скрыто. Оставьте как есть, чтобы не менять, или введите новое значение.",
  unsupported: "Эту настройку нельзя изменить здесь; показано текущее значение.",
  noData: "Данных пока нет",
  loadFailed: "Не удалось загрузить. Проверьте соединение и повторите.",
  target: "цель {target}",
  judged: { ok: "В норме", warn: "Близко к цели", bad: "Ниже цели", unknown: "Данных пока нет" },
};

let messages: I18n<typeof en> | undefined;

/** The design system's translator; it follows the shared locale, so it switches with the app. */
export function uiText(): I18n<typeof en> {
  messages ??= createI18n({ en, ru });
  return messages;
}
