import { DomainError, recordMessages } from "@quartet/core";

/** A position in a keyset-ordered list: the sort key values of the last row seen. */
export type CursorValues = readonly (string | number)[];

/** An opaque cursor for the next page, e.g. `encodeCursor([occurredAt, id])`. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/**
 * The values of a cursor, checked against the expected kinds; `BAD_INPUT` naming `cursor`
 * for anything else.
 *
 * @example decodeCursor(input.cursor, ["number", "string"]) // [1767225600000, "act_…"]
 */
export function decodeCursor<const K extends readonly ("string" | "number")[]>(
  cursor: string,
  kinds: K,
): { [I in keyof K]: K[I] extends "number" ? number : string } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = null;
  }
  const ok =
    Array.isArray(values) && values.length === kinds.length && values.every((v, i) => typeof v === kinds[i]);
  if (!ok)
    throw new DomainError("BAD_INPUT", recordMessages.badCursor, {
      fields: { cursor: recordMessages.invalidCursor },
    });
  return values as { [I in keyof K]: K[I] extends "number" ? number : string };
}

/** One page of `rows` fetched with `limit + 1`: the page and the cursor of the next one (null at the end). */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorValues) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
