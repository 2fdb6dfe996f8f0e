import { allCorePermissions } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { procedureTable, undeclaredProcedures } from "@quartet/server/testing";
import { count, type Finding, failed, listed, passed } from "../findings.ts";

/**
 * Every procedure of the plugin's router declares a permission the host knows — its own or
 * core's (the router-wide declaration check, applied to one plugin) — and is built with the
 * plugin's own `pluginProcedure`, which answers "not enabled" in an organisation that has not
 * enabled it. A public or signed-in-only procedure counts as undeclared here: a plugin's
 * procedures work on an organisation's data.
 */
export function permissionsRule(plugin: AnyPlugin): Finding {
  if (!plugin.router) return passed("permissions", "no procedures to check");
  const known = new Set([...plugin.permissions, ...allCorePermissions].map((p) => p.id));
  const table = procedureTable(plugin.router);
  const open = table.filter((e) => e.meta?.access === "public" || e.meta?.access === "authenticated");
  const undeclared = [...undeclaredProcedures(plugin.router, known), ...open.map((e) => e.path)].sort();
  const ungated = table
    .filter((e) => !undeclared.includes(e.path) && e.meta?.plugin !== plugin.id)
    .map((e) => e.path);
  const build = `build it with pluginProcedure("${plugin.id}", <permission>)`;
  const problems = [
    ...(undeclared.length ? [`no permission of this plugin or core: ${listed(undeclared)}`] : []),
    ...(ungated.length ? [`not gated by the plugin's enablement: ${listed(ungated)}`] : []),
  ];
  if (problems.length === 0)
    return passed("permissions", `${count(table.length, "procedure")}, each declaring a permission`);
  return failed("permissions", `${problems.join("; ")} (${build})`);
}
