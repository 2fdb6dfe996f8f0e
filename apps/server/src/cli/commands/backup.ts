import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Locale } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { ServerConfig } from "../../config.ts";
import { fail } from "../output.ts";
import { copyKeptFiles } from "./ops/copy-files.ts";
import {
  controlDatabase,
  databaseExists,
  type InstanceDatabase,
  localFile,
  openForReading,
  organisationDatabases,
} from "./ops/instance.ts";
import { type BackedUpDatabase, type BackupManifest, manifestName } from "./ops/manifest.ts";
import { opsMessages as m } from "./ops/messages.ts";
import { snapshotDatabase } from "./ops/snapshot.ts";
import { quartetVersion } from "./ops/version.ts";
import { operatorWords } from "./ops/words.ts";

/**
 * `quartet backup <dir>`: a consistent copy of the control database and of every organisation's
 * database while the server keeps writing (`VACUUM INTO`, each database as of one moment), the
 * cookie secret and uploaded imports, and `manifest.json` (versions, organisations, rows, checksums)
 * written last. A line per database shows progress. Embedded databases only: a libSQL server keeps
 * its own backups.
 */
export async function backupCommand(
  config: ServerConfig,
  plugins: readonly AnyPlugin[],
  locale: Locale,
  args: string[],
): Promise<void> {
  const { say, title } = operatorWords(locale);
  if (!args[0]) return fail(say(m.backupUsage));
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  if (existsSync(dir) && readdirSync(dir).length > 0) return fail(say(m.targetNotEmpty, { dir }));
  const control = controlDatabase(config);
  if (control.path === null) return fail(say(m.onServer, { what: say(m.control), url: control.url }));
  const copied: BackedUpDatabase[] = [];
  const report = (
    entry: BackedUpDatabase,
    database: InstanceDatabase,
    step: number,
    total: number,
    started: number,
  ) => {
    const rows = Object.values(entry.tables).reduce((sum, n) => sum + n, 0);
    const size = `${(entry.bytes / 1024 / 1024).toFixed(1)} MB`;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `${say(m.copied, { step, total, what: title(database), file: entry.file, size, rows, seconds })}\n`,
    );
  };
  let started = Date.now();
  const controlEntry = await snapshotDatabase(control, dir, "control.db");
  copied.push(controlEntry);
  // The organisations are read from the copy: exactly those the copied control database knows.
  const copy = openForReading(localFile(join(dir, "control.db")));
  const orgs = await organisationDatabases(copy, plugins).finally(() => copy.close());
  const remote = orgs.find((org) => org.path === null);
  if (remote) return fail(say(m.onServer, { what: title(remote), url: remote.url }));
  const total = orgs.length + 1;
  report(controlEntry, control, 1, total, started);
  let missing = 0;
  for (const [index, org] of orgs.entries()) {
    if (!databaseExists(org)) {
      missing++;
      process.stdout.write(
        `${say(m.notCopied, { step: index + 2, total, what: title(org), path: org.path ?? "" })}\n`,
      );
      continue;
    }
    started = Date.now();
    const entry = await snapshotDatabase(org, dir, join("orgs", `${org.org?.id}.db`));
    copied.push(entry);
    report(entry, org, index + 2, total, started);
  }
  const files = copyKeptFiles(config.dataDir, dir);
  process.stdout.write(`${say(m.filesCopied, { count: files.length })}\n`);
  const manifest: BackupManifest = {
    format: 1,
    quartet: quartetVersion,
    createdAt: new Date().toISOString(),
    databases: copied,
    files,
  };
  writeFileSync(join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`${say(m.backupDone, { dir, count: copied.length })}\n`);
  if (missing > 0) fail(say(m.backupIncomplete, { count: missing }));
}
