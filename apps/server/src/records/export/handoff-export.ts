import { listHandoffsInput } from "../handoffs/handoff-input.ts";
import { type CsvLocale, instantCell, personCell, wordCell, yesCell } from "./cell-formats.ts";
import type { CsvColumn } from "./csv-response.ts";
import { functionWords, handoffStateWords } from "./labels.ts";
import { flagParam, localeParam } from "./query-params.ts";

/**
 * The query of a handoffs export: the filters of `core.handoffs.list` (state, from and to
 * function, receiver, `overdue=true|false`) and the header language.
 *
 * @example /api/v1/exports/handoffs.csv?state=requested&toFunction=first-sale&overdue=true
 */
export const handoffExportQuery = listHandoffsInput.omit({ cursor: true, limit: true }).extend({
  overdue: flagParam.optional(),
  locale: localeParam,
});

/** The columns of a handoffs export; people are named from `names` (user id → name). */
export function handoffColumns(
  locale: CsvLocale,
  timeZone: string,
  names: ReadonlyMap<string, string>,
): CsvColumn[] {
  const time = instantCell(timeZone);
  const fn = wordCell(locale, functionWords);
  const person = personCell(names);
  // biome-ignore format: one column a line
  return [
    { key: "createdAt", header: { en: "Requested", ru: "Передан" }, format: time },
    { key: "clientName", header: { en: "Client", ru: "Клиент" } },
    { key: "fromFunction", header: { en: "From", ru: "Откуда" }, format: fn },
    { key: "toFunction", header: { en: "To", ru: "Куда" }, format: fn },
    { key: "state", header: { en: "State", ru: "Состояние" }, format: wordCell(locale, handoffStateWords) },
    { key: "overdue", header: { en: "Overdue", ru: "Просрочена" }, format: yesCell(locale) },
    { key: "requestedBy", header: { en: "Requested by", ru: "Кто передал" }, format: person },
    { key: "receiverId", header: { en: "Receiver", ru: "Получатель" }, format: person },
    { key: "acceptBy", header: { en: "Accept by", ru: "Принять до" }, format: time },
    { key: "decidedAt", header: { en: "Decided", ru: "Решение" }, format: time },
    { key: "reason", header: { en: "Reason", ru: "Причина" } },
    { key: "note", header: { en: "Note", ru: "Комментарий" } },
  ];
}
