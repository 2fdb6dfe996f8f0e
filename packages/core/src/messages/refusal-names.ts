import type { LocalizedText } from "../i18n.ts";
import { corePermissions } from "../permissions.ts";
import type { PermissionDefinition } from "../plugin/define-permission.ts";

const names = new Map<string, string>();
const pluginNames = new Map<string, string>();

/** Makes permissions nameable in refusals by what they allow (core's at import, a plugin's at boot). */
export function registerPermissionNames(permissions: Iterable<PermissionDefinition>): void {
  for (const permission of permissions) names.set(permission.id, permission.description.ru);
}

registerPermissionNames(Object.values(corePermissions));

/**
 * A permission as a message parameter: its id in English (as integrators know it), what it allows
 * in Russian — a Russian screen shows no ids.
 *
 * @example permissionParam("core.clients.write") // { en: "core.clients.write", ru: "Создавать и править клиентов" }
 */
export const permissionParam = (id: string): LocalizedText => ({
  en: id,
  ru: names.get(id) ?? "без описания",
});

/** Makes a plugin nameable in refusals by its Russian name (registered at boot). */
export function registerPluginName(id: string, name: LocalizedText): void {
  pluginNames.set(id, name.ru);
}

/** A plugin as a message parameter: its id in English, its name in Russian. */
export const pluginParam = (id: string): LocalizedText => ({ en: id, ru: pluginNames.get(id) ?? id });
