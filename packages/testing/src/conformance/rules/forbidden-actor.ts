import { corePermissions } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { routerKey } from "@quartet/core/plugin";
import {
  callPath,
  type PluginHost,
  permissionCatalog,
  procedureTable,
  sampleInput,
  tableRows,
} from "@quartet/server/testing";
import { count, type Finding, failed, listed, passed, type Said } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

/**
 * Each procedure that declares a permission refuses a member holding every other permission:
 * FORBIDDEN, with the organisation's database unchanged. The member is real — invited with a
 * custom role the owner narrows before each call — so the call goes through the authenticator
 * as any member's does. The input is built from the procedure's own zod schema (as the
 * cross-organisation probe builds it), so a refusal for bad input (BAD_REQUEST) does not pass for
 * a permission check.
 */
export async function forbiddenActorRule(
  h: PluginHost<readonly AnyPlugin[]>,
  plugin: AnyPlugin,
): Promise<Finding> {
  if (!plugin.router) return passed("forbidden-actor", m.forbiddenNone);
  const gated = procedureTable(plugin.router).filter(
    (e) => e.meta?.access === "permission" && e.meta.permission,
  );
  // Ownership is never a role's to hold: the member lacks it whatever the check asks.
  const catalog = permissionCatalog(h.t.host.registry)
    .map((p) => p.id)
    .filter((id) => id !== corePermissions.ownership.id);
  const db = async () => (await h.t.host.orgs.get(h.orgId)).db;
  const roles = (await h.core()).core.roles;
  const role = { name: "Все права, кроме одного", scope: "all" as const };
  const { id: roleId } = await roles.create({ ...role, permissions: [] });
  const member = await h.member("Проверка Прав", roleId);
  const problems: Said[] = [];
  for (const entry of gated) {
    const permission = entry.meta?.permission ?? "";
    await roles.update({ ...role, roleId, permissions: catalog.filter((p) => p !== permission) });
    const caller = await h.as(member);
    const before = await tableRows(await db());
    const outcome = await callPath(
      caller,
      `${routerKey(plugin.id)}.${entry.path}`,
      sampleInput(entry.inputs[0], () => undefined),
    ).then(
      (): Said => ({ key: m.anAnswer }),
      (error: { code?: string }): Said => error.code ?? String(error),
    );
    const after = await tableRows(await db());
    const written = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (outcome !== "FORBIDDEN")
      problems.push({ key: m.forbiddenGave, params: { path: entry.path, outcome } });
    if (written.length)
      problems.push({ key: m.forbiddenWrote, params: { path: entry.path, tables: listed(written, 3) } });
  }
  if (problems.length === 0)
    return passed("forbidden-actor", m.forbiddenOk, { procedures: count(gated.length, m.procedures) });
  return failed("forbidden-actor", m.forbiddenBroken, { problems: listed(problems) });
}
