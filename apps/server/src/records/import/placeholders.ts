/**
 * What people type into a spreadsheet cell instead of leaving it empty: «не указан», «нет», «-»,
 * «n/a», «—», «null»… (any case, `ё` as `е`, a trailing dot or spaces ignored). Such a cell holds
 * no value: the import drops it with a row warning instead of refusing the row for a bad phone.
 */
const placeholders = new Set([
  "-",
  "--",
  "—",
  "–",
  "?",
  ".",
  "0",
  "нет",
  "нету",
  "не указан",
  "не указана",
  "не указано",
  "не указаны",
  "не известно",
  "неизвестно",
  "не знаю",
  "отсутствует",
  "нет данных",
  "n/a",
  "na",
  "none",
  "null",
  "nil",
  "no",
  "unknown",
  "not specified",
  "tbd",
]);

/**
 * Whether a cell (or one part of a cell of several phones) is a placeholder rather than a value.
 *
 * @example isPlaceholder(" Не указан. ") // true
 * @example isPlaceholder("+7 495 123-45-67") // false
 */
export function isPlaceholder(cell: string): boolean {
  const key = cell
    .trim()
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/\s+/g, " ")
    .replace(/(?<=\p{L})\.$/u, "");
  return placeholders.has(key);
}
