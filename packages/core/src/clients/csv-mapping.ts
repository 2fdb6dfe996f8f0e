/** The client and contact fields a CSV column can fill. */
// biome-ignore format: a table reads better packed
export const targetFields = [
  "name", "legalName", "kind", "inn", "kpp", "ogrn", "phone", "phone2", "email", "email2", "website",
  "address", "region", "city", "industry", "tags", "contactName", "contactLastName", "contactFirstName",
  "contactMiddleName", "contactPosition", "contactPhone", "contactEmail", "note", "responsible", "source",
] as const;

/**
 * The parts that compose a contact's name when the file has no whole-name column (Bitrix24 and
 * amoCRM contact exports: «Фамилия», «Имя», «Отчество»), in the order the name is written.
 */
export const contactNameParts = ["contactLastName", "contactFirstName", "contactMiddleName"] as const;

/** One of `targetFields`. */
export type TargetField = (typeof targetFields)[number];

/** How a header was recognised: the field's own id (`exact`), a known name (`alias`), or not at all. */
export type MappingConfidence = "exact" | "alias" | "none";

/** A suggested target for one CSV column. */
export type ColumnMapping = { header: string; field: TargetField | null; confidence: MappingConfidence };

// Header names of amoCRM, Bitrix24, 1C and generic exports, Russian and English.
// biome-ignore format: one entry per field reads as a table
const aliases: Record<TargetField, string[]> = {
  name: ["Название компании", "Компания", "Название", "Наименование", "Краткое наименование", "Организация",
    "Клиент", "Контрагент", "Company name", "Company", "Organization", "Organisation", "Account name", "Account", "Name"],
  legalName: ["Полное наименование", "Полное название", "Юридическое название", "Юридическое наименование",
    "Юр. название", "Legal name", "Full name of company"],
  kind: ["Тип клиента", "Вид клиента", "Юр./физ. лицо", "Тип лица", "Client type", "Kind"],
  inn: ["ИНН", "ИНН компании", "ИНН организации", "INN", "Tax ID", "TIN"],
  kpp: ["КПП", "KPP"],
  ogrn: ["ОГРН", "ОГРНИП", "OGRN", "ОГРН/ОГРНИП"],
  phone: ["Телефон", "Рабочий телефон", "Телефон компании", "Мобильный телефон", "Рабочий прямой телефон",
    "Домашний телефон", "Другой телефон", "Тел", "Тел.", "Phone", "Work phone", "Mobile", "Mobile phone",
    "Telephone", "Tel", "Phone number", "Company phone"],
  phone2: ["Телефон 2", "Доп. телефон", "Дополнительный телефон", "Phone 2", "Other phone"],
  email: ["E-mail", "Email", "Почта", "Эл. почта", "Электронная почта", "Рабочий e-mail", "Рабочий email",
    "Частный e-mail", "Личный email", "E-mail компании", "Другой email", "Mail", "Work email", "Email address"],
  email2: ["E-mail 2", "Email 2", "Доп. e-mail", "Дополнительный e-mail", "Other email"],
  website: ["Сайт", "Web", "Веб-сайт", "Корпоративный сайт", "Сайт компании", "Website", "Web site", "Site", "URL"],
  address: ["Адрес", "Фактический адрес", "Юридический адрес", "Почтовый адрес", "Адрес компании", "Address",
    "Street address", "Billing address"],
  region: ["Регион", "Область", "Край", "Субъект РФ", "Region", "State", "Province"],
  city: ["Город", "Населенный пункт", "City", "Town"],
  industry: ["Сфера деятельности", "Отрасль", "Вид деятельности", "Industry", "Sector"],
  tags: ["Теги", "Тэги", "Метки", "Tags", "Labels"],
  contactName: ["Контакт", "Контакты", "ФИО", "Контактное лицо", "Полное имя", "Полное имя контакта", "Имя контакта",
    "ФИО контакта", "Основной контакт", "Contact", "Contact name", "Contact person", "Full name", "Primary contact"],
  contactLastName: ["Фамилия", "Фамилия контакта", "Last name", "Surname", "Family name"],
  contactFirstName: ["Имя", "First name", "Given name"],
  contactMiddleName: ["Отчество", "Отчество контакта", "Middle name", "Patronymic"],
  contactPosition: ["Должность", "Должность контакта", "Position", "Job title"],
  contactPhone: ["Телефон контакта", "Телефон контактного лица", "Рабочий телефон контакта",
    "Мобильный телефон контакта", "Contact phone"],
  contactEmail: ["Email контакта", "E-mail контакта", "Почта контакта", "Рабочий email контакта", "Contact email"],
  note: ["Примечание", "Комментарий", "Заметка", "Заметки", "Описание", "Note", "Notes", "Comment", "Comments",
    "Description"],
  responsible: ["Ответственный", "Ответственный менеджер", "Менеджер", "Ответственный за компанию", "Owner",
    "Account owner", "Responsible", "Assigned to", "Manager"],
  source: ["Источник", "Источник клиента", "Канал", "Source", "Lead source"],
};

/** A header reduced for lookup: lower case, `ё` → `е`, no spaces or punctuation. */
function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const exactIndex = new Map(targetFields.map((field) => [headerKey(field), field]));
const aliasIndex = new Map(
  targetFields.flatMap((field) => aliases[field].map((alias) => [headerKey(alias), field] as const)),
);

const overflow: Partial<Record<TargetField, TargetField>> = { phone: "phone2", email: "email2" };

/**
 * Suggests a target field for each CSV header, in order. Matching ignores case, spaces,
 * punctuation and `ё`/`е`; a trailing number is tried off («Примечание 1» → note). No field is
 * used twice: a second phone or email column goes to `phone2`/`email2`, any other repeat gets null.
 *
 * @example suggestMapping(["Компания", "ИНН"]) // [{ header: "Компания", field: "name", confidence: "alias" }, …]
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping[] {
  const taken = new Set<TargetField>();
  return headers.map((header) => {
    const match = recognise(header);
    let field = match?.field ?? null;
    if (field && taken.has(field)) {
      const spare = overflow[field];
      field = spare && !taken.has(spare) ? spare : null;
    }
    if (!match || !field) return { header, field: null, confidence: "none" };
    taken.add(field);
    return { header, field, confidence: match.confidence };
  });
}

function recognise(header: string): { field: TargetField; confidence: "exact" | "alias" } | null {
  const key = headerKey(header);
  const exact = exactIndex.get(key);
  if (exact) return { field: exact, confidence: "exact" };
  const alias = aliasIndex.get(key) ?? aliasIndex.get(key.replace(/\d+$/, ""));
  return alias ? { field: alias, confidence: "alias" } : null;
}

/**
 * Tags from one cell: split on commas, semicolons, `|` and line breaks, trimmed, a leading `#`
 * dropped, repeats (any case) removed keeping the first spelling.
 *
 * @example parseTags("a, b; c") // ["a", "b", "c"]
 */
export function parseTags(cell: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of cell.split(/[,;|\n\r]+/)) {
    const tag = part.trim().replace(/^#+/, "").trim();
    const key = tag.toLowerCase();
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
