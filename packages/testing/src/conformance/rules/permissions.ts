import { allCorePermissions } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { procedureTable, undeclaredProcedures } from "@quartet/server/testing";
import { count, type Finding, failed, listed, passed } from "../findings.ts";

/**
 * Every procedure of the plugin's router declares a permission the host knows — its own or
 * core's (the router-wide declaration check, applied to one plugin). A public or signed-in-only
 * procedure counts as undeclared here: a plugin's procedures work on an organisation's data.
 */
export function permissionsRule(plugin: AnyPlugin): Finding {
  if (!plugin.router) return passed("permissions", "no procedures to check");
  const known = new Set([...plugin.permissions, ...allCorePermissions].map((p) => p.id));
  const table = procedureTable(plugin.router);
  const open = table.filter((e) => e.meta?.access === "public" || e.meta?.access === "authenticated");
  const bad = [...undeclaredProcedures(plugin.router, known), ...open.map((e) => e.path)].sort();
  if (bad.length === 0)
    return passed("permissions", `${count(table.length, "procedure")}, each declaring a permission`);
  return failed(
    "permissions",
    `${listed(bad)} ${bad.length === 1 ? "declares" : "declare"} no permission of this plugin or core: build ${bad.length === 1 ? "it" : "them"} with pluginProcedure("${plugin.id}", <permission>)`,
  );
}
