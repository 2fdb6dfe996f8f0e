import { sql } from "drizzle-orm";

/** A database as the dump reads it: drizzle's `all` over raw SQL. */
type Readable = { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> };

/** The names of a database's tables (SQLite's own `sqlite_…` left out), sorted. */
export async function tableNames(db: Readable): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  );
  return rows.map((row) => row.name);
}

/**
 * Every row of every table of a database (or of the tables `only` keeps), as text, for a
 * before/after comparison; `columns` narrows a table to some of its columns.
 *
 * @example const before = await tableRows(handle.db); … expect(await tableRows(handle.db)).toEqual(before)
 */
export async function tableRows(
  db: Readable,
  options: { columns?: Record<string, string>; only?: (table: string) => boolean } = {},
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await tableNames(db)) {
    if (options.only && !options.only(name)) continue;
    const columns = options.columns?.[name] ?? "*";
    // Rows sorted by their text, not by rowid: a WITHOUT ROWID table (core_client_keys) has none.
    const rows = await db.all(sql.raw(`select ${columns} from "${name}"`));
    out[name] = `[${rows
      .map((row) => JSON.stringify(row))
      .sort()
      .join(",")}]`;
  }
  return out;
}
