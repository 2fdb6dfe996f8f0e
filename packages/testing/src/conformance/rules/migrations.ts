import { type AnyPlugin, tablePrefixOf } from "@quartet/core/plugin";
import { migrationProblem } from "@quartet/server/testing";
import { type Finding, failed, passed } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

const verbs = { create: m.actionCreate, alter: m.actionAlter, drop: m.actionDrop, write: m.actionWrite };

/**
 * The plugin's migrations touch only its own tables: the host's statement analysis (the one that
 * refuses an enable) finds nothing outside its prefix and no statement migrations may not run.
 */
export function migrationsRule(plugin: AnyPlugin): Finding {
  if (!plugin.db) return passed("migrations", m.migrationsNone);
  let problem: ReturnType<typeof migrationProblem>;
  try {
    problem = migrationProblem(plugin);
  } catch (error) {
    return failed("migrations", m.migrationsUnreadable, { error: (error as Error).message });
  }
  const prefix = tablePrefixOf(plugin.id);
  if (!problem) return passed("migrations", m.migrationsOk, { prefix });
  if (problem.kind === "statement")
    return failed("migrations", m.migrationStatement, {
      migration: problem.migration,
      statement: problem.statement,
    });
  return failed("migrations", m.migrationOutside, {
    migration: problem.migration,
    action: { key: verbs[problem.action] },
    table: problem.table,
    prefix,
  });
}
