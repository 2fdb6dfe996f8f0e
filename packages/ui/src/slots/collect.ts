import type {
  AdminRoute,
  ClientTab,
  LazyComponent,
  NavEntry,
  PluginHost,
  SlotName,
  SlotProps,
} from "./types.ts";

/** A widget ready to render, with the plugin it came from. */
export type CollectedWidget<N extends SlotName> = {
  pluginId: string;
  component: LazyComponent<SlotProps[N]>;
};

/** The widgets of enabled plugins for a slot that the user may see, in plugin order. */
export function collectWidgets<N extends SlotName>(host: PluginHost, slot: N): CollectedWidget<N>[] {
  const widgets: CollectedWidget<N>[] = [];
  for (const plugin of host.plugins()) {
    const contribution = plugin.widgets[slot];
    if (!contribution || !host.isEnabled(plugin.id)) continue;
    if (typeof contribution === "function") {
      widgets.push({ pluginId: plugin.id, component: contribution as LazyComponent<SlotProps[N]> });
    } else if (host.can(contribution.permission)) {
      widgets.push({ pluginId: plugin.id, component: contribution.component as LazyComponent<SlotProps[N]> });
    }
  }
  return widgets;
}

/** A visible nav entry; `pluginId` is null for core's own entries. */
export type CollectedNavEntry = { entry: NavEntry; pluginId: string | null };

/** Nav entries: core's first, then those of enabled plugins; entries the user may not see are left out. */
export function collectNav(host: PluginHost, core: readonly NavEntry[]): CollectedNavEntry[] {
  const visible: CollectedNavEntry[] = core
    .filter((entry) => host.can(entry.permission))
    .map((entry) => ({ entry, pluginId: null }));
  for (const plugin of host.plugins()) {
    if (!host.isEnabled(plugin.id)) continue;
    for (const entry of plugin.nav) {
      if (host.can(entry.permission)) visible.push({ entry, pluginId: plugin.id });
    }
  }
  return visible;
}

/** A route of a plugin with its owner, so the shell can guard it by enablement and permission. */
export type CollectedRoute = AdminRoute & { pluginId: string };

/** Every route of every installed plugin; duplicates across plugins are an error. */
export function collectRoutes(host: PluginHost): CollectedRoute[] {
  const owners = new Map<string, string>();
  const routes: CollectedRoute[] = [];
  for (const plugin of host.plugins()) {
    for (const route of plugin.routes) {
      const owner = owners.get(route.path);
      if (owner) throw new Error(`Route "${route.path}" is declared by both "${owner}" and "${plugin.id}"`);
      owners.set(route.path, plugin.id);
      routes.push({ ...route, pluginId: plugin.id });
    }
  }
  return routes;
}

/** True when a plugin route may be shown to this user now. */
export function canOpenRoute(host: PluginHost, route: CollectedRoute): boolean {
  return host.isEnabled(route.pluginId) && host.can(route.permission);
}

/** A client tab ready to show, with the plugin it came from. */
export type CollectedClientTab = ClientTab & { pluginId: string };

/** The client tabs of enabled plugins that the user may see, in plugin order. */
export function collectClientTabs(host: PluginHost): CollectedClientTab[] {
  return host
    .plugins()
    .filter((plugin) => host.isEnabled(plugin.id))
    .flatMap((plugin) =>
      (plugin.clientTabs ?? [])
        .filter((tab) => host.can(tab.permission))
        .map((tab) => ({ ...tab, pluginId: plugin.id })),
    );
}
