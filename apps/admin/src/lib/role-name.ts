import type { AppI18n } from "../i18n/index.ts";

const builtIn = ["owner", "admin", "head-of-sales", "member", "caller", "viewer"] as const;

/**
 * A role's name in the current language: built-in roles from the dictionary, custom roles by
 * the name the organisation gave them (from `core.roles.list`), or "a custom role" when unknown.
 */
export function roleName(i18n: AppI18n, roleId: string, custom?: ReadonlyMap<string, string>): string {
  if ((builtIn as readonly string[]).includes(roleId)) return i18n.tDynamic(`roleNames.${roleId}`);
  return custom?.get(roleId) ?? i18n.t("roleNames.custom");
}
