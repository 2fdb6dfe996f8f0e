import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type InstanceDatabase, localFile, openForReading } from "./instance.ts";
import { type BackedUpDatabase, fileEntry, migrationTags, tableCounts } from "./manifest.ts";

/**
 * Copies one live database into `<dir>/<file>` with `VACUUM INTO`: a read transaction, so the copy
 * is the database as of one moment while the server keeps writing, compacted and without a WAL.
 * Returns its manifest entry, read from the copy. (SQLite's backup API is not an option: `@libsql/client`
 * does not expose it and `libsql` 0.5.29's `Database.backup` throws "not implemented".)
 */
export async function snapshotDatabase(
  database: InstanceDatabase,
  dir: string,
  file: string,
): Promise<BackedUpDatabase> {
  const target = join(dir, file);
  mkdirSync(dirname(target), { recursive: true });
  const live = openForReading(database);
  try {
    await live.execute({ sql: "VACUUM INTO ?", args: [target] });
  } finally {
    live.close();
  }
  const copy = openForReading(localFile(target));
  try {
    const { sha256, bytes } = fileEntry(target, file);
    return {
      kind: database.kind,
      org: database.org,
      file,
      sha256,
      bytes,
      tables: await tableCounts(copy),
      migrations: await migrationTags(copy, database.sources),
    };
  } finally {
    copy.close();
  }
}
