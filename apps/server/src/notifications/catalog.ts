import type { NotificationType } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";

/** A notification type with its owner: a plugin id, or null for core's own. */
export type CatalogEntry = { def: NotificationType; pluginId: string | null };

/**
 * Every notification type the server knows: core's, then each installed plugin's (manifests were
 * validated at boot, so type ids are unique). `enabledIn` keeps the types of enabled plugins.
 */
export function notificationCatalog(coreTypes: readonly NotificationType[], plugins: readonly AnyPlugin[]) {
  const entries: CatalogEntry[] = [
    ...coreTypes.map((def) => ({ def, pluginId: null })),
    ...plugins.flatMap((plugin) =>
      (plugin.notifications ?? []).map((def: NotificationType) => ({ def, pluginId: plugin.id })),
    ),
  ];
  const byType = new Map(entries.map((entry) => [entry.def.type, entry]));
  return {
    entries,
    get: (type: string): CatalogEntry | undefined => byType.get(type),
    /** True when the type's owner is core or a plugin enabled in the organisation. */
    isLive: (entry: CatalogEntry, enabled: ReadonlySet<string>) =>
      entry.pluginId === null || enabled.has(entry.pluginId),
    enabledIn: (enabled: ReadonlySet<string>) =>
      entries.filter((entry) => entry.pluginId === null || enabled.has(entry.pluginId)),
  };
}

/** The catalog's type. */
export type NotificationCatalog = ReturnType<typeof notificationCatalog>;
