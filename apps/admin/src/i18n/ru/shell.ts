import type { Translation } from "@quartet/ui";
import type * as en from "../en/shell.ts";

/** Боковая навигация. */
export const nav: Translation<typeof en.nav> = {
  label: "Основная навигация",
  open: "Открыть меню",
  close: "Закрыть меню",
  overview: "Рабочее место",
  plugins: "Модули",
  health: "Обзор",
  clients: "Клиенты",
  myWork: "Моя работа",
  functions: "Функции",
  team: "Команда",
  settings: "Настройки",
  version: "Версия {version}",
};

/** Язык интерфейса. */
export const language: Translation<typeof en.language> = {
  label: "Язык интерфейса",
  ru: "Русский",
  en: "English",
  loading: "Переключаем язык…",
  loadFailed: "Не удалось переключить язык. Проверьте соединение и повторите.",
};

/** Переключатель организаций в верхней панели. */
export const orgSwitcher: Translation<typeof en.orgSwitcher> = {
  label: "Организация: {name}. Сменить организацию",
  heading: "Ваши организации",
  create: "Создать организацию",
  switched: "Теперь вы работаете в организации {name}",
};

/** Меню учётной записи в верхней панели. */
export const userMenu: Translation<typeof en.userMenu> = {
  label: "Учётная запись: {name}",
  language: "Язык",
  signOut: "Выйти",
};
