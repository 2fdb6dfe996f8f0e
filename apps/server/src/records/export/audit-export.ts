import { auditFilter } from "../../people/audit.ts";
import { type CsvLocale, instantCell, wordCell } from "./cell-formats.ts";
import type { CsvColumn } from "./csv-response.ts";
import { actorKindWords } from "./labels.ts";
import { instantParam, localeParam } from "./query-params.ts";

/**
 * The query of an audit log export: the filters of `core.audit.list` (entity, entity id, actor,
 * action or action prefix, `from`/`to` instants) and the header language.
 *
 * @example /api/v1/exports/audit.csv?action=core.member&from=1767225600000&locale=en
 */
export const auditExportQuery = auditFilter.omit({ cursor: true, limit: true }).extend({
  from: instantParam.optional(),
  to: instantParam.optional(),
  locale: localeParam,
});

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/** The columns of an audit log export: when, who, what, on which record, and the record before and after as JSON. */
export function auditColumns(locale: CsvLocale, timeZone: string): CsvColumn[] {
  // biome-ignore format: one column a line
  return [
    { key: "at", header: { en: "Time", ru: "Время" }, format: instantCell(timeZone) },
    { key: "actorName", header: { en: "Who", ru: "Кто" } },
    { key: "actorKind", header: { en: "Acting as", ru: "Кем" }, format: wordCell(locale, actorKindWords) },
    { key: "action", header: { en: "Action", ru: "Действие" } },
    { key: "entity", header: { en: "Record", ru: "Объект" } },
    { key: "entityId", header: { en: "Record id", ru: "Id объекта" } },
    { key: "pluginId", header: { en: "Function", ru: "Функция" } },
    { key: "before", header: { en: "Before", ru: "До" }, format: json },
    { key: "after", header: { en: "After", ru: "После" }, format: json },
  ];
}
