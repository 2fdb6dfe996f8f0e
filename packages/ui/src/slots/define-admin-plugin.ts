import type { AdminPluginDefinition, AdminRoute, NavEntry } from "./types.ts";

const pluginId = /^[a-z][a-z0-9-]*$/;

function checkPath(owner: string, path: string): void {
  if (!path.startsWith("/")) throw new Error(`Admin plugin "${owner}": path "${path}" must start with "/"`);
}

/**
 * Declares a plugin's admin part: its pages, sidebar entries, slot widgets, client tabs, "+" menu
 * entries and settings page.
 * Checks the shape at startup so a mistake fails loudly instead of rendering nothing.
 *
 * @example
 * export default defineAdminPlugin({
 *   id: "prospecting",
 *   routes: [{ path: "/prospecting/calls", component: () => import("./calls-page.tsx") }],
 *   nav: [{ path: "/prospecting/calls", label: { en: "Calls", ru: "Звонки" } }],
 *   widgets: { dashboard: () => import("./leads-widget.tsx") },
 * });
 */
export function defineAdminPlugin(definition: {
  id: string;
  routes?: readonly AdminRoute[];
  nav?: readonly NavEntry[];
  widgets?: AdminPluginDefinition["widgets"];
  settingsPage?: AdminPluginDefinition["settingsPage"];
  quickAdd?: AdminPluginDefinition["quickAdd"];
  clientTabs?: AdminPluginDefinition["clientTabs"];
}): AdminPluginDefinition {
  if (!pluginId.test(definition.id)) {
    throw new Error(`Admin plugin id "${definition.id}" must be kebab-case, like "first-sale"`);
  }
  const routes = definition.routes ?? [];
  const seen = new Set<string>();
  for (const route of routes) {
    checkPath(definition.id, route.path);
    if (seen.has(route.path)) throw new Error(`Admin plugin "${definition.id}": route "${route.path}" twice`);
    seen.add(route.path);
  }
  const nav = definition.nav ?? [];
  for (const entry of nav) checkPath(definition.id, entry.path);
  const tabs = new Set<string>();
  for (const tab of definition.clientTabs ?? []) {
    if (tabs.has(tab.key)) throw new Error(`Admin plugin "${definition.id}": client tab "${tab.key}" twice`);
    tabs.add(tab.key);
  }
  return Object.freeze({
    id: definition.id,
    routes,
    nav,
    widgets: definition.widgets ?? {},
    ...(definition.settingsPage ? { settingsPage: definition.settingsPage } : {}),
    ...(definition.quickAdd ? { quickAdd: definition.quickAdd } : {}),
    ...(definition.clientTabs ? { clientTabs: definition.clientTabs } : {}),
  });
}
