import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Locale } from "@quartet/core";
import { orgDatabaseUrl } from "@quartet/db";
import type { ServerConfig } from "../../config.ts";
import { fail } from "../output.ts";
import { keptFiles } from "./ops/copy-files.ts";
import { localFile, openForReading } from "./ops/instance.ts";
import { type BackupManifest, manifestName, sha256Of } from "./ops/manifest.ts";
import { opsMessages as m } from "./ops/messages.ts";
import { operatorWords } from "./ops/words.ts";

// What a restore replaces in a data directory with --force (nothing else there is touched).
const replaced = ["control.db", "control.db-wal", "control.db-shm", "orgs", ...keptFiles];

/**
 * `quartet restore <dir> [--force]`: checks every checksum of a `quartet backup`, then puts its
 * databases and files into the data directory, and points each organisation at its restored file
 * (the backup may come from another machine or directory). An existing data directory is refused
 * unless `--force`, which replaces its databases, secret and imports. Run it with the server stopped.
 */
export async function restoreCommand(
  config: ServerConfig,
  locale: Locale,
  args: string[],
  flags: { force?: boolean },
): Promise<void> {
  const { say, title } = operatorWords(locale);
  if (!args[0]) return fail(say(m.restoreUsage));
  if (config.controlDbUrl) return fail(say(m.onServer, { what: say(m.control), url: config.controlDbUrl }));
  const from = resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  if (!existsSync(join(from, manifestName))) return fail(say(m.noManifest, { dir: from }));
  const manifest = JSON.parse(readFileSync(join(from, manifestName), "utf8")) as BackupManifest;
  for (const entry of [...manifest.databases, ...manifest.files]) {
    const path = join(from, entry.file);
    if (!existsSync(path) || sha256Of(path) !== entry.sha256)
      return fail(say(m.checksumMismatch, { file: entry.file }));
  }
  const dataDir = config.dataDir;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!flags.force) return fail(say(m.dataDirNotEmpty, { dir: dataDir }));
    for (const name of replaced) rmSync(join(dataDir, name), { recursive: true, force: true });
  }
  const put = (file: string) => {
    mkdirSync(dirname(join(dataDir, file)), { recursive: true });
    copyFileSync(join(from, file), join(dataDir, file));
  };
  const total = manifest.databases.length;
  for (const [index, database] of manifest.databases.entries()) {
    put(database.file);
    const rows = Object.values(database.tables).reduce((sum, n) => sum + n, 0);
    process.stdout.write(
      `${say(m.restored, { step: index + 1, total, what: title(database), file: database.file, rows })}\n`,
    );
  }
  for (const file of manifest.files) put(file.file);
  await relocateOrganisations(dataDir, manifest);
  process.stdout.write(
    `${say(m.restoreDone, { count: total, createdAt: manifest.createdAt, dir: dataDir })}\n`,
  );
}

/** Points every restored organisation at its file under `dataDir` (the backup recorded the old paths). */
export async function relocateOrganisations(dataDir: string, manifest: BackupManifest): Promise<void> {
  const control = openForReading(localFile(join(dataDir, "control.db")));
  try {
    const updates = manifest.databases.flatMap((database) =>
      database.org
        ? [
            {
              sql: "UPDATE organisations SET db_url = ?, db_auth_token = NULL WHERE id = ?",
              args: [orgDatabaseUrl(dataDir, database.org.id), database.org.id],
            },
          ]
        : [],
    );
    await control.batch(updates, "write");
  } finally {
    control.close();
  }
}
