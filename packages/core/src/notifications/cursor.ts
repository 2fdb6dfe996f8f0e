/** Id pattern of a notification (`ntf_` and a time-sortable id); the list's cursor is the last id seen. */
const idPattern = /^ntf_[0-9a-z]{26}$/;

/** The cursor of the page after the one that ended at `lastId`. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, "utf8").toString("base64url");
}

/**
 * The last id of the previous page, or null when the cursor is not one we issued (the procedure
 * answers 400 naming `cursor`).
 */
export function decodeCursor(cursor: string): string | null {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  return idPattern.test(id) ? id : null;
}
