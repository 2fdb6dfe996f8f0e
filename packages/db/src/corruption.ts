/** SQLite's primary result codes that mean the file itself is damaged: SQLITE_CORRUPT (11), SQLITE_NOTADB (26). */
const damaged = new Set([11, 26]);

/**
 * True when a libSQL error says the database file is damaged — garbage over its header
 * (`SQLITE_NOTADB`), a truncated or overwritten page (`SQLITE_CORRUPT` and its extended codes) —
 * as opposed to a busy, constraint or closed-client failure that says nothing about the file.
 *
 * @example isCorruption(new LibsqlError("file is not a database", "SQLITE_NOTADB")) // true
 */
export function isCorruption(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const { code, rawCode } = current as { code?: unknown; rawCode?: unknown };
    if (typeof rawCode === "number" && damaged.has(rawCode & 0xff)) return true;
    if (typeof code === "string" && (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")))
      return true;
    current = current.cause;
  }
  return false;
}
