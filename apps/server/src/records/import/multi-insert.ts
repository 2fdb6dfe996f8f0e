import type { InStatement, InValue } from "@libsql/client";

// Well under SQLite's 32,766 bound variables per statement.
const maxParams = 16_000;

/**
 * Multi-VALUES `INSERT` statements for `rows` (each row an array in `columns` order), as few as
 * the bound-variable limit allows. drizzle's insert builder costs about 3× as much on bulk loads.
 *
 * @example multiInsert("core_client_tags", ["tag", "client_id"], [["vip", "cli_1"]])
 */
export function multiInsert(
  table: string,
  columns: readonly string[],
  rows: readonly InValue[][],
  verb: "INSERT" | "INSERT OR IGNORE" = "INSERT",
): InStatement[] {
  if (rows.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(maxParams / columns.length));
  const tuple = `(${columns.map(() => "?").join(",")})`;
  const head = `${verb} INTO ${table} (${columns.join(",")}) VALUES `;
  const statements: InStatement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    statements.push({ sql: head + Array(part.length).fill(tuple).join(","), args: part.flat() });
  }
  return statements;
}
