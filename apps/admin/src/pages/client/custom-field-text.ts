/**
 * A stored custom field value as the client page reads it: yes/no in words, a date and a number
 * formatted, anything else as stored; null when it has no value.
 *
 * @example customFieldText({ type: "boolean" }, true, words) // "Да"
 */
export function customFieldText(
  def: { type: string },
  value: unknown,
  words: { yes: string; no: string; date: (value: string) => string; number: (value: number) => string },
): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (def.type === "boolean") return value === true ? words.yes : words.no;
  if (def.type === "date" && typeof value === "string") return words.date(value);
  if (def.type === "number" && typeof value === "number") return words.number(value);
  return String(value);
}
