import { allCorePermissions } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { procedureTable, undeclaredProcedures } from "@quartet/server/testing";
import { count, type Finding, failed, joined, listed, passed } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

/**
 * Every procedure of the plugin's router declares a permission the host knows — its own or
 * core's (the router-wide declaration check, applied to one plugin) — and is built with the
 * plugin's own `pluginProcedure`, which answers "not enabled" in an organisation that has not
 * enabled it. A public or signed-in-only procedure counts as undeclared here: a plugin's
 * procedures work on an organisation's data.
 */
export function permissionsRule(plugin: AnyPlugin): Finding {
  if (!plugin.router) return passed("permissions", m.permissionsNone);
  const known = new Set([...plugin.permissions, ...allCorePermissions].map((p) => p.id));
  const table = procedureTable(plugin.router);
  const open = table.filter((e) => e.meta?.access === "public" || e.meta?.access === "authenticated");
  const undeclared = [...undeclaredProcedures(plugin.router, known), ...open.map((e) => e.path)].sort();
  const ungated = table
    .filter((e) => !undeclared.includes(e.path) && e.meta?.plugin !== plugin.id)
    .map((e) => e.path);
  const problems = [
    ...(undeclared.length ? [{ key: m.permissionsUndeclared, params: { paths: listed(undeclared) } }] : []),
    ...(ungated.length ? [{ key: m.permissionsUngated, params: { paths: listed(ungated) } }] : []),
  ];
  if (problems.length === 0)
    return passed("permissions", m.permissionsOk, { procedures: count(table.length, m.procedures) });
  return failed("permissions", m.permissionsBroken, {
    problems: joined(problems, m.semicolon),
    id: plugin.id,
  });
}
