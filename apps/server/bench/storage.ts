import { openDatabase } from "@quartet/db";

/** What an organisation's database file takes once vacuumed: in all and by table (indexes counted under their table). */
export type Storage = { bytes: number; byTable: Record<string, number> };

/**
 * VACUUMs the database at `path` and reads its size from `dbstat`: every page in use, and the
 * pages of each table with its indexes (and an FTS5 table with its shadow tables), largest first.
 */
export async function measureStorage(path: string): Promise<Storage> {
  const handle = await openDatabase({ url: `file:${path}` });
  try {
    await handle.client.execute("VACUUM");
    const pages = await handle.client.execute(
      "SELECT s.name AS name, coalesce(m.tbl_name, s.name) AS owner, sum(s.pgsize) AS bytes FROM dbstat s LEFT JOIN sqlite_schema m ON m.name = s.name GROUP BY s.name",
    );
    const byTable: Record<string, number> = {};
    let bytes = 0;
    for (const row of pages.rows) {
      const owner = String(row.owner).replace(/_(data|idx|content|docsize|config)$/, "");
      byTable[owner] = (byTable[owner] ?? 0) + Number(row.bytes);
      bytes += Number(row.bytes);
    }
    const sorted = Object.entries(byTable).sort((a, b) => b[1] - a[1]);
    return { bytes, byTable: Object.fromEntries(sorted) };
  } finally {
    await handle.close();
  }
}

/** The tables taking at least 1 % of `storage`, as `name 12.3 MB` parts of one line. */
export function storageLine(storage: Storage): string {
  return Object.entries(storage.byTable)
    .filter(([, bytes]) => bytes >= storage.bytes / 100)
    .map(([name, bytes]) => `${name} ${(bytes / 2 ** 20).toFixed(1)} MB`)
    .join(", ");
}
