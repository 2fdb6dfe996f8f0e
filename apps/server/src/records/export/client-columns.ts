import type { LifecycleStage } from "@quartet/core";
import { instantCell } from "./cell-formats.ts";
import type { CsvColumn } from "./csv-response.ts";
import { stageWords } from "./labels.ts";

const list = (value: unknown) => (Array.isArray(value) ? value.join(", ") : "");

/**
 * The columns of a clients export in `locale`. Russian headers are ones the import recognises
 * (`suggestMapping`), so an exported file imports back; phones, emails and tags are joined by `, `.
 */
export function clientColumns(locale: "ru" | "en", timeZone: string): CsvColumn[] {
  const kind = (value: unknown) =>
    value === "person"
      ? locale === "ru"
        ? "Частное лицо"
        : "Person"
      : locale === "ru"
        ? "Компания"
        : "Company";
  // biome-ignore format: one column a line
  return [
    { key: "name", header: { en: "Name", ru: "Название" } },
    { key: "kind", header: { en: "Kind", ru: "Тип клиента" }, format: kind },
    { key: "legalName", header: { en: "Legal name", ru: "Полное наименование" } },
    { key: "inn", header: { en: "INN", ru: "ИНН" } },
    { key: "kpp", header: { en: "KPP", ru: "КПП" } },
    { key: "ogrn", header: { en: "OGRN", ru: "ОГРН" } },
    { key: "phones", header: { en: "Phone", ru: "Телефон" }, format: list },
    { key: "emails", header: { en: "Email", ru: "E-mail" }, format: list },
    { key: "website", header: { en: "Website", ru: "Сайт" } },
    { key: "address", header: { en: "Address", ru: "Адрес" } },
    { key: "region", header: { en: "Region", ru: "Регион" } },
    { key: "city", header: { en: "City", ru: "Город" } },
    { key: "industry", header: { en: "Industry", ru: "Сфера деятельности" } },
    { key: "tags", header: { en: "Tags", ru: "Теги" }, format: list },
    { key: "stage", header: { en: "Stage", ru: "Стадия" }, format: (v) => stageWords[v as LifecycleStage]?.[locale] ?? String(v) },
    { key: "tier", header: { en: "Tier", ru: "Уровень" }, format: (v) => (v === "vip" ? "VIP" : "") },
    { key: "source", header: { en: "Source", ru: "Источник" } },
    { key: "createdAt", header: { en: "Created", ru: "Создан" }, format: instantCell(timeZone) },
  ];
}
