import { z } from "zod";
import { recordMessages } from "../messages/catalogs/records.ts";

/**
 * The cursor of a list paged by id (the last id seen, e.g. `aud_…`): only an id of that kind is
 * accepted, so a damaged or foreign cursor is a 400 naming `cursor` instead of a quiet first page.
 *
 * @example z.object({ cursor: idCursor("aud").optional() })
 */
export function idCursor(prefix: string) {
  return z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{26}$`), recordMessages.invalidCursor);
}
