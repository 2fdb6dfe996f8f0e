import { afterEach, describe, expect, it } from "vitest";
import { uiText } from "../i18n/ui-messages.ts";
import { widgetErrorText } from "./widget-error-text.ts";

const farming = { ru: "Развитие", en: "Farming" };

describe("widgetErrorText", () => {
  afterEach(() => uiText().setLocale("ru"));

  it.each([
    {
      locale: "ru",
      page: true,
      name: farming,
      title: "Страница не загрузилась",
      detail: "Модуль «Развитие». Повторите попытку или откройте другую страницу.",
    },
    {
      locale: "ru",
      page: true,
      name: undefined,
      title: "Страница не загрузилась",
      detail: "Повторите попытку или откройте другой раздел.",
    },
    {
      locale: "ru",
      page: false,
      name: farming,
      title: "Виджет не загрузился",
      detail: "Модуль «Развитие». Остальная страница работает.",
    },
    {
      locale: "ru",
      page: false,
      name: undefined,
      title: "Виджет не загрузился",
      detail: "Остальная страница работает.",
    },
    {
      locale: "en",
      page: true,
      name: farming,
      title: "This page failed to load",
      detail: "Plugin “Farming”. Try again, or open another page.",
    },
    {
      locale: "en",
      page: false,
      name: undefined,
      title: "This widget failed to load",
      detail: "The rest of the page works.",
    },
  ] as const)("$locale, page $page, named $name.ru: $detail", (row) => {
    uiText().setLocale(row.locale);
    const said = widgetErrorText({ page: row.page, name: row.name });
    expect(said).toEqual({ title: row.title, detail: row.detail });
    expect(said.detail).not.toMatch(/farming/);
  });
});
