import { auditActions } from "../../../i18n/en/audit-actions.ts";
import { settings } from "../../../i18n/en/settings.ts";
import type { AppI18n } from "../../../i18n/index.ts";

/** Every audit action the dictionaries word, as `group.verb` (`member.role`). */
const known = new Set(
  Object.entries(auditActions).flatMap(([group, verbs]) =>
    Object.keys(verbs).map((verb) => `${group}.${verb}`),
  ),
);

/** An audit action in words when we know it (`core.member.role` → «Changed a member's role»), else null. */
export function actionLabel(i18n: AppI18n, action: string): string | null {
  const key = action.startsWith("core.") ? action.slice(5) : "";
  return known.has(key) ? i18n.tDynamic(`auditActions.${key}`) : null;
}

const entities = new Set(Object.keys(settings.audit.entities));

/** The entities the filter offers, in words. */
export const auditEntities = [...entities];

/** An audited entity in words when we know it, else as recorded. */
export function entityLabel(i18n: AppI18n, entity: string): string {
  return entities.has(entity) ? i18n.tDynamic(`settings.audit.entities.${entity}`) : entity;
}
