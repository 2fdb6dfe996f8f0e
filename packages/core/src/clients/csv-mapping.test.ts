import { describe, expect, it } from "vitest";
import {
  type ColumnMapping,
  parseTags,
  suggestMapping,
  type TargetField,
  targetFields,
} from "./csv-mapping.ts";

const fieldsOf = (mapping: ColumnMapping[]) => mapping.map((m) => m.field);

// Real export header rows, each header beside the field it should map to.
// biome-ignore format: pairs read as a table
const amoCrmCompanies: [string, TargetField | null][] = [
  ["\uFEFFID", null], ["Название компании", "name"], ["Ответственный", "responsible"], ["Дата создания", null],
  ["Кем создана", null], ["Теги", "tags"], ["Рабочий телефон", "phone"], ["Рабочий прямой телефон", "phone2"],
  ["Мобильный телефон", null], ["Факс", null], ["Рабочий email", "email"], ["Личный email", "email2"],
  ["Другой email", null], ["Web", "website"], ["Адрес", "address"], ["ИНН", "inn"], ["КПП", "kpp"], ["ОГРН", "ogrn"],
  ["Примечание 1", "note"], ["Примечание 2", null], ["Сфера деятельности", "industry"], ["Контакты", "contactName"],
  ["Источник", "source"],
];

// biome-ignore format: pairs read as a table
const bitrix24Companies: [string, TargetField | null][] = [
  ["ID", null], ["Название компании", "name"], ["Тип компании", null], ["Сфера деятельности", "industry"],
  ["Количество сотрудников", null], ["Годовой оборот", null], ["Ответственный", "responsible"],
  ["Рабочий телефон", "phone"], ["Мобильный телефон", "phone2"], ["Рабочий e-mail", "email"],
  ["Частный e-mail", "email2"], ["Корпоративный сайт", "website"], ["Фактический адрес", "address"],
  ["Юридический адрес", null], ["Город", "city"], ["Регион", "region"], ["Полное наименование", "legalName"],
  ["ИНН", "inn"], ["КПП", "kpp"], ["ОГРН", "ogrn"], ["Контактное лицо", "contactName"],
  ["Должность", "contactPosition"], ["Комментарий", "note"], ["Источник", "source"], ["Дата создания", null],
];

// A contacts export: the name in parts, composed into the contact's name on import.
// biome-ignore format: pairs read as a table
const bitrix24Contacts: [string, TargetField | null][] = [
  ["ID", null], ["Обращение", null], ["Имя", "contactFirstName"], ["Фамилия", "contactLastName"],
  ["Отчество", "contactMiddleName"], ["Дата рождения", null], ["Должность", "contactPosition"],
  ["Рабочий телефон", "phone"], ["Мобильный телефон", "phone2"], ["Рабочий e-mail", "email"],
  ["Компания", "name"], ["Ответственный", "responsible"], ["Источник", "source"], ["Комментарий", "note"],
];

// biome-ignore format: pairs read as a table
const amoCrmLeads: [string, TargetField | null][] = [
  ["ID", null], ["Название сделки", null], ["Бюджет", null], ["Ответственный", "responsible"],
  ["Основной контакт", "contactName"], ["Компания", "name"], ["Рабочий телефон", "phone"], ["Рабочий email", "email"],
  ["Теги", "tags"], ["Примечание", "note"],
];

// biome-ignore format: pairs read as a table
const genericEnglish: [string, TargetField | null][] = [
  ["Company name", "name"], ["Phone", "phone"], ["Work phone", "phone2"], ["Mobile", null], ["E-mail", "email"],
  ["Website", "website"], ["Industry", "industry"], ["Tags", "tags"], ["Contact", "contactName"],
  ["Position", "contactPosition"], ["Contact phone", "contactPhone"], ["Contact email", "contactEmail"],
  ["Note", "note"], ["Owner", "responsible"], ["City", "city"],
];

describe("suggestMapping", () => {
  it.each([
    ["an amoCRM companies export", amoCrmCompanies],
    ["a Bitrix24 companies export", bitrix24Companies],
    ["a Bitrix24 contacts export", bitrix24Contacts],
    ["an amoCRM leads export", amoCrmLeads],
    ["a generic English export", genericEnglish],
  ])("maps %s", (_, pairs) => {
    const mapping = suggestMapping(pairs.map(([header]) => header));
    expect(mapping.map((m) => [m.header, m.field])).toEqual(pairs);
  });

  it("round-trips Quartet's own field ids as exact", () => {
    const mapping = suggestMapping([...targetFields]);
    expect(fieldsOf(mapping)).toEqual([...targetFields]);
    expect(new Set(mapping.map((m) => m.confidence))).toEqual(new Set(["exact"]));
  });

  it.each<[string, TargetField | null, ColumnMapping["confidence"]]>([
    ["ИНН", "inn", "alias"],
    ["  инн  ", "inn", "alias"],
    ["inn", "inn", "exact"],
    ["LEGAL_NAME", "legalName", "exact"],
    ["E-Mail", "email", "exact"], // the field id, punctuation aside,
    ["Почта", "email", "alias"],
    ["Эл. почта", "email", "alias"],
    ["Населённый пункт", "city", "alias"],
    ["Телефон:", "phone", "alias"],
    ["ФИО", "contactName", "alias"],
    ["Наименование", "name", "alias"],
    ["Телефон 2", "phone2", "alias"],
    ["Дата создания", null, "none"],
    ["", null, "none"],
  ])("%j → %s (%s)", (header, field, confidence) => {
    expect(suggestMapping([header])).toEqual([{ header, field, confidence }]);
  });

  it("never uses a field twice", () => {
    const mapping = suggestMapping([
      "Компания",
      "Название",
      "Телефон",
      "Phone",
      "Tel",
      "Email",
      "Почта",
      "E-mail",
    ]);
    expect(fieldsOf(mapping)).toEqual(["name", null, "phone", "phone2", null, "email", "email2", null]);
    expect(mapping[1]).toEqual({ header: "Название", field: null, confidence: "none" });
  });

  it("keeps an explicit second phone when it comes first", () => {
    expect(fieldsOf(suggestMapping(["Телефон 2", "Телефон", "Мобильный телефон"]))).toEqual([
      "phone2",
      "phone",
      null,
    ]);
  });
});

describe("parseTags", () => {
  it.each<[string, string[]]>([
    ["a, b; c", ["a", "b", "c"]],
    ["опт | розница\nVIP", ["опт", "розница", "VIP"]],
    ["#опт, #Опт, ОПТ", ["опт"]],
    [" , ;", []],
    ["", []],
    ["Москва и область", ["Москва и область"]],
  ])("%j → %j", (cell, tags) => {
    expect(parseTags(cell)).toEqual(tags);
  });
});
