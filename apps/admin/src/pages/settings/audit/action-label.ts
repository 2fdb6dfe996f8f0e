import type { AppI18n } from "../../../i18n/index.ts";

const known = new Set([
  "org.create",
  "org.update",
  "org.transfer",
  "member.role",
  "member.remove",
  "invitation.create",
  "invitation.revoke",
  "invitation.accept",
  "role.create",
  "role.update",
  "role.delete",
  "api-key.create",
  "api-key.revoke",
  "staffing.assign",
  "staffing.unassign",
  "team.create",
  "team.update",
  "team.delete",
  "plugin.enable",
  "plugin.disable",
  "plugin.uninstall",
  "plugin.purge",
  "plugin.settings",
]);

/** An audit action in words when we know it (`core.member.role` → «Changed a member's role»), else null. */
export function actionLabel(i18n: AppI18n, action: string): string | null {
  const key = action.startsWith("core.") ? action.slice(5) : "";
  return known.has(key) ? i18n.tDynamic(`auditActions.${key}`) : null;
}

const entities = new Set([
  "organisation",
  "member",
  "invitation",
  "role",
  "api-key",
  "assignment",
  "team",
  "plugin",
]);

/** The entities the filter offers, in words. */
export const auditEntities = [...entities];

/** An audited entity in words when we know it, else as recorded. */
export function entityLabel(i18n: AppI18n, entity: string): string {
  return entities.has(entity) ? i18n.tDynamic(`settings.audit.entities.${entity}`) : entity;
}
