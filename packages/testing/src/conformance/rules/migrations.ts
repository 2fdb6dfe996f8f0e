import { type AnyPlugin, tablePrefixOf } from "@quartet/core/plugin";
import { migrationProblem } from "@quartet/server/testing";
import { type Finding, failed, passed } from "../findings.ts";

const verbs = { create: "creates", alter: "alters", drop: "drops", write: "writes into" } as const;

/**
 * The plugin's migrations touch only its own tables: the host's statement analysis (the one that
 * refuses an enable) finds nothing outside its prefix and no statement migrations may not run.
 */
export function migrationsRule(plugin: AnyPlugin): Finding {
  if (!plugin.db) return passed("migrations", "no migrations");
  let problem: ReturnType<typeof migrationProblem>;
  try {
    problem = migrationProblem(plugin);
  } catch (error) {
    return failed("migrations", `cannot read the migrations: ${(error as Error).message}`);
  }
  if (!problem) return passed("migrations", `every statement stays within ${tablePrefixOf(plugin.id)}…`);
  if (problem.kind === "statement")
    return failed(
      "migrations",
      `${problem.migration} runs "${problem.statement}", which migrations may not run`,
    );
  return failed(
    "migrations",
    `${problem.migration} ${verbs[problem.action]} ${problem.table}, outside its prefix ${tablePrefixOf(plugin.id)}`,
  );
}
