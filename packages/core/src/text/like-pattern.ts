import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/**
 * `text` with LIKE's wildcards (`%`, `_`) and the escape character itself escaped by a backslash,
 * so a search for `50%` finds «50%», not every row.
 *
 * @example escapeLike("100%_x") // "100\\%\\_x"
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * A LIKE condition matching `text` literally: the column contains it, or starts with it
 * (`"prefix"`). The one way to build LIKE from what a person typed (SQLite folds ASCII case only).
 *
 * @example likeText(deals.title, input.search) // deals.title LIKE '%…%' ESCAPE '\'
 */
export function likeText(column: SQLWrapper, text: string, where: "contains" | "prefix" = "contains"): SQL {
  const escaped = escapeLike(text);
  const pattern = where === "contains" ? `%${escaped}%` : `${escaped}%`;
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
