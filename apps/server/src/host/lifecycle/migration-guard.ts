import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DomainError, hostMessages, type Logger, pluginParam } from "@quartet/core";
import {
  type AnyPlugin,
  type StatementProblem,
  statementProblems,
  tablePrefixOf,
} from "@quartet/core/plugin";
import type { MigrationSource } from "@quartet/db";
import type { InstallationStore } from "../installations.ts";

/** A migration statement a plugin may not run, with the migration (its journal tag) holding it. */
export type MigrationProblem = StatementProblem & { migration: string };

const actionWords = {
  create: { en: "create", ru: "создать" },
  alter: { en: "alter", ru: "изменить" },
  drop: { en: "drop", ru: "удалить" },
  write: { en: "write into", ru: "записать строки в" },
} as const;

// Read once per plugin: a running server's migration files do not change.
const checked = new WeakMap<AnyPlugin, MigrationProblem | null>();

/**
 * The first statement in a plugin's migrations (all of them, by the drizzle journal) that creates,
 * alters, drops or writes a table outside its prefix, or that migrations may not run; null when
 * there is none. This is statement analysis: `@libsql/client` exposes no authorizer, and a remote
 * libSQL server has none either (docs/architecture.md, "Plugin boundaries").
 */
export function migrationProblem(plugin: AnyPlugin): MigrationProblem | null {
  if (!plugin.db) return null;
  const known = checked.get(plugin);
  if (known !== undefined) return known;
  const folder = plugin.db.migrationsFolder;
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  };
  let found: MigrationProblem | null = null;
  for (const { tag } of journal.entries) {
    const chunks = readFileSync(join(folder, `${tag}.sql`), "utf8").split("--> statement-breakpoint");
    const problem = chunks.flatMap((chunk) => statementProblems(plugin.id, chunk))[0];
    if (problem) {
      found = { ...problem, migration: tag };
      break;
    }
  }
  checked.set(plugin, found);
  return found;
}

/** Refuses (PRECONDITION_FAILED, worded in the viewer's language) a plugin whose migrations cross its prefix. */
export function guardMigrations(plugin: AnyPlugin): void {
  const problem = migrationProblem(plugin);
  if (!problem) return;
  const common = { plugin: pluginParam(plugin.id), migration: problem.migration };
  if (problem.kind === "statement") {
    throw new DomainError("PRECONDITION_FAILED", hostMessages.migrationStatement, {
      params: { ...common, statement: problem.statement },
    });
  }
  throw new DomainError("PRECONDITION_FAILED", hostMessages.migrationOutsidePrefix, {
    params: {
      ...common,
      action: actionWords[problem.action],
      table: problem.table,
      prefix: tablePrefixOf(plugin.id),
    },
  });
}

/**
 * The migrations to run when an organisation's database opens: each enabled plugin's, in the given
 * (dependency) order. A plugin whose migrations are refused — updated since it was enabled — is
 * marked `failed` with the reason and left out, so one plugin cannot keep the organisation closed.
 */
export async function openingSources(
  deps: { plugins: readonly AnyPlugin[]; installations: InstallationStore; logger: Logger },
  orgId: string,
): Promise<MigrationSource[]> {
  const enabled = await deps.installations.enabledIds(orgId);
  const sources: MigrationSource[] = [];
  for (const plugin of deps.plugins.filter((p) => enabled.has(p.id))) {
    try {
      guardMigrations(plugin);
    } catch (error) {
      const lastError = (error as Error).message;
      deps.logger.error(
        { org: orgId, plugin: plugin.id, err: error },
        "plugin migrations refused; plugin switched off",
      );
      await deps.installations.put(orgId, plugin.id, { state: "failed", version: plugin.version, lastError });
      continue;
    }
    if (plugin.db) sources.push({ owner: plugin.id, folder: plugin.db.migrationsFolder });
  }
  return sources;
}
