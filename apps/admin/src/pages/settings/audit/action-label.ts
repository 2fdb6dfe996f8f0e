import { isSalesFunction } from "@quartet/ui";
import { auditActions } from "../../../i18n/en/audit-actions.ts";
import { settings } from "../../../i18n/en/settings.ts";
import type { AppI18n } from "../../../i18n/index.ts";

/** The dotted paths of every text in a nested dictionary (`member.role`, `first-sale.deal.win`). */
function paths(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : paths(value as object, `${prefix}${key}.`),
  );
}

/** Every audit action the dictionaries word: core's without `core.` (`member.role`), plugins' whole (`farming.deal.win`). */
const known = new Set(paths(auditActions));

/**
 * Every action the dictionaries word, as the log records it (`core.member.role`,
 * `core.mail.mailbox.create`, `farming.deal.win`): the built-in plugins' actions are worded under
 * their ids, which are the sales functions' names.
 */
export const auditActionCodes = [...known].map((key) =>
  isSalesFunction(key.split(".")[0]) ? key : `core.${key}`,
);

/** The dictionary key of an action: core's without its `core.` prefix, a plugin's as written. */
export const actionKey = (action: string) => (action.startsWith("core.") ? action.slice(5) : action);

/**
 * An audit action in words, never as its code: `core.member.role` → «Changed a member's role»,
 * `farming.deal.win` → «Won an expansion deal»; an action the dictionaries do not know yet is named by
 * its plugin («An action of Farming», `pluginName` gives the plugin's name) or as «Another action».
 */
export function actionLabel(
  i18n: AppI18n,
  action: string,
  pluginName?: (pluginId: string) => string,
): string {
  const key = actionKey(action);
  if (known.has(key)) return i18n.tDynamic(`auditActions.${key}`);
  const pluginId = action.startsWith("core.") ? null : action.split(".")[0];
  return pluginId && pluginName
    ? i18n.t("settings.audit.pluginAction", { plugin: pluginName(pluginId) })
    : i18n.t("settings.audit.otherAction");
}

const entities = new Set(Object.keys(settings.audit.entities));

/** The entities the filter offers, in words. */
export const auditEntities = [...entities];

/** An audited entity in words («Сделка»); one the dictionaries do not know yet, as «Объект». */
export function entityLabel(i18n: AppI18n, entity: string): string {
  return entities.has(entity)
    ? i18n.tDynamic(`settings.audit.entities.${entity}`)
    : i18n.t("settings.audit.entity");
}
