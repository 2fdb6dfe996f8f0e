import { DomainError, recordMessages } from "@quartet/core";

/** Where a page ended: the sort it belongs to, the last row's sort value and id. */
export type Cursor = { sort: string; order: "asc" | "desc"; value: string | number; id: string };

/** An opaque cursor string for the row a page ended at. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.value, cursor.id])).toString(
    "base64url",
  );
}

/** Reads a cursor back; one that is damaged or belongs to another sort is BAD_INPUT naming `cursor`. */
export function decodeCursor(text: string, sort: string, order: "asc" | "desc"): Cursor {
  const refuse = () =>
    new DomainError("BAD_INPUT", recordMessages.cursorOtherList, {
      fields: { cursor: recordMessages.notListCursor },
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw refuse();
  const [s, o, value, id] = parsed as unknown[];
  const valueType = sort === "name" ? "string" : "number";
  if (s !== sort || o !== order || typeof value !== valueType || typeof id !== "string") throw refuse();
  return { sort, order, value: value as string | number, id };
}
