import { type CsvLocale, instantCell, personCell, wordCell } from "./cell-formats.ts";
import type { CsvColumn } from "./csv-response.ts";
import { functionWords, taskStateWords } from "./labels.ts";

/** The columns of a tasks export; the assignee is named from `names` (user id → name). */
export function taskColumns(
  locale: CsvLocale,
  timeZone: string,
  names: ReadonlyMap<string, string>,
): CsvColumn[] {
  const time = instantCell(timeZone);
  // biome-ignore format: one column a line
  return [
    { key: "title", header: { en: "Task", ru: "Задача" } },
    { key: "clientName", header: { en: "Client", ru: "Клиент" } },
    { key: "dueAt", header: { en: "Due", ru: "Срок" }, format: time },
    { key: "state", header: { en: "State", ru: "Состояние" }, format: wordCell(locale, taskStateWords) },
    { key: "assigneeId", header: { en: "Assignee", ru: "Исполнитель" }, format: personCell(names) },
    { key: "function", header: { en: "Function", ru: "Функция" }, format: wordCell(locale, functionWords) },
    { key: "note", header: { en: "Note", ru: "Комментарий" } },
    { key: "createdAt", header: { en: "Created", ru: "Создана" }, format: time },
    { key: "doneAt", header: { en: "Done", ru: "Выполнена" }, format: time },
  ];
}
