import type { Translation } from "@quartet/ui";
import type { en } from "./en.ts";

/** Russian texts of the admin app — the default language; the type demands every English key. */
export const ru: Translation<typeof en> = {
  app: {
    name: "Quartet",
    tagline: "Отдел продаж на четырёх ножках",
    skipToContent: "Перейти к содержимому",
  },
  nav: {
    label: "Основная навигация",
    open: "Открыть меню",
    close: "Закрыть меню",
    overview: "Обзор",
    plugins: "Модули",
    status: "Состояние",
    version: "Версия {version}",
  },
  language: {
    label: "Язык интерфейса",
    ru: "Русский",
    en: "English",
  },
  functions: {
    prospecting: "Лидогенерация",
    "first-sale": "Первая продажа",
    farming: "Развитие клиентов",
    vip: "VIP-клиенты",
    none: "Общий",
  },
  status: {
    title: "Состояние системы",
    subtitle: "Сервер, его версия и установленные модули.",
    refresh: "Обновить",
    checkedAt: "Проверено в {time}",
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
    legs: {
      title: "Четыре ножки",
      description: "Отдел продаж стоит на четырёх функциях. Установленный модуль держит свою ножку.",
      covered: {
        one: "На месте {count} ножка из четырёх",
        few: "На месте {count} ножки из четырёх",
        many: "На месте {count} ножек из четырёх",
      },
      all: "Все четыре ножки на месте",
      none: "Ни одной ножки пока нет",
      missing: "Нет модуля",
      diagram: "Табурет на четырёх ножках. На месте: {present}. Нет: {missing}.",
      nothing: "нет",
    },
    plugins: {
      title: "Установленные модули",
      count: { one: "{count} модуль", few: "{count} модуля", many: "{count} модулей" },
      name: "Название",
      function: "Функция",
      id: "Идентификатор",
      empty: "Модули не установлены",
      emptyHint: "Модули перечислены в настройках сервера. Каждый держит одну ножку табурета.",
    },
  },
  notFound: {
    title: "Страница не найдена",
    description: "Возможно, в адресе опечатка или страница принадлежит модулю, который не включён.",
    back: "К состоянию системы",
  },
  forbidden: {
    title: "Страница недоступна",
    description:
      "Она принадлежит модулю, который ваша организация не включила, или ваша роль её не разрешает.",
  },
};
