import type { Client } from "@libsql/client";
import type { MessageRef } from "@quartet/core";
import type { MigrationSource } from "@quartet/db";
import { appliedStamps, readJournal } from "./journal.ts";
import { opsMessages as m } from "./messages.ts";
import { migrationGap } from "./migration-gap.ts";

/** Something wrong with a database and how the operator fixes it. */
export type Finding = { problem: MessageRef; fix: MessageRef };

/** What the doctor learnt of one database: its faults, and the newest migration of each owner it has. */
export type DatabaseReport = { findings: Finding[]; migrations: string[] };

/**
 * Checks one open database: `PRAGMA integrity_check`, `PRAGMA foreign_key_check` and, for each
 * owner, the applied migrations against the ones this build ships. `path` only words the fixes.
 */
export async function checkDatabase(
  client: Client,
  path: string,
  sources: readonly MigrationSource[],
): Promise<DatabaseReport> {
  const findings: Finding[] = [];
  const integrity = (await client.execute("PRAGMA integrity_check")).rows.map((row) => String(row[0]));
  if (integrity.join() !== "ok") {
    findings.push({
      problem: { key: m.damaged, params: { count: integrity.length, first: integrity[0] ?? "" } },
      fix: { key: m.fixDamaged, params: { path } },
    });
    // A damaged file answers the other checks with errors or nonsense: the fix is the same.
    return { findings, migrations: [] };
  }
  findings.push(...(await orphanFindings(client, path)));
  const migrations: string[] = [];
  for (const source of sources) {
    const gap = migrationGap(readJournal(source.folder), await appliedStamps(client, source));
    migrations.push(`${source.owner} ${gap.current ?? "—"}`);
    const owner = source.owner;
    if (gap.pending.length)
      findings.push({
        problem: {
          key: m.pending,
          params: { count: gap.pending.length, owner, tags: gap.pending.join(", ") },
        },
        fix: { key: m.fixPending },
      });
    if (gap.unknown)
      findings.push({
        problem: { key: m.newer, params: { count: gap.unknown, owner } },
        fix: { key: m.fixNewer },
      });
  }
  return { findings, migrations };
}

// One finding per pair of tables with rows pointing at nothing.
async function orphanFindings(client: Client, path: string): Promise<Finding[]> {
  const rows = (await client.execute("PRAGMA foreign_key_check")).rows;
  const counts = new Map<string, number>();
  for (const row of rows) {
    const pair = `${row.table}\u0000${row.parent}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts].map(([pair, count]) => {
    const [table = "", parent = ""] = pair.split("\u0000");
    return {
      problem: { key: m.orphans, params: { count, table, parent } },
      fix: { key: m.fixOrphans, params: { path, table } },
    };
  });
}
