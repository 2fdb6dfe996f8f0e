import type { Translation } from "@quartet/ui";
import type * as en from "../en/status.ts";

/** Главная (четыре ножки, план месяца, неделя команды) и страница системы (сервер и модули). */
export const status: Translation<typeof en.status> = {
  title: "Обзор отдела продаж",
  subtitle: "Какая ножка шатается, план месяца, неделя команды, открытые сделки и просрочки.",
  refresh: "Обновить",
  system: {
    nav: "Система",
    title: "Система",
    subtitle: "Сервер, его версия и установленные на нём модули.",
  },
  server: {
    title: "Сервер",
    online: "Работает",
    offline: "Недоступен",
    checking: "Проверяем…",
    version: "Версия",
    plugins: "Установлено модулей",
    checked: "Последняя проверка",
  },
  error: {
    title: "Сервер не отвечает",
    description: "Проверьте, что Quartet запущен, и обновите страницу.",
  },
  plugins: {
    title: "Установленные модули",
    count: { one: "{count} модуль", few: "{count} модуля", many: "{count} модулей" },
    name: "Название",
    function: "Функция",
    empty: "Модули не установлены",
    emptyHint: "Модули перечислены в настройках сервера. Каждый держит одну ножку табурета.",
  },
};

/** Табурет: кто держит каждую ножку. */
export const legs: Translation<typeof en.legs> = {
  title: "Четыре ножки",
  description:
    "Отдел продаж стоит на четырёх функциях. Ножка стоит, когда её кто-то держит и её модуль включён.",
  all: "Все четыре ножки на месте",
  covered: {
    one: "На месте {count} ножка из четырёх",
    few: "На месте {count} ножки из четырёх",
    many: "На месте {count} ножек из четырёх",
  },
  none: "Ни одной ножки пока нет",
  nobody: "Никого",
  allPaused: "Все на паузе",
  paused: "пауза",
  pluginOn: "Модуль включён",
  pluginOff: "Модуль не включён",
  diagram: "Табурет на четырёх ножках. Стоят: {present}. Нет: {missing}. Приглушены: {muted}.",
  nothing: "нет",
  manage: "Управлять составом",
};
