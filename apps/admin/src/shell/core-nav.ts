import { IconActivity, IconGrid, IconSettings, IconUsers, type NavEntry } from "@quartet/ui";

/** The sidebar entries of the app itself, each shown to those who may open it; plugin entries follow. */
export const coreNav: readonly NavEntry[] = [
  { path: "/", label: "nav.health", icon: IconActivity },
  { path: "/functions", label: "nav.functions", icon: IconGrid, permission: "core.plugins.read" },
  { path: "/team", label: "nav.team", icon: IconUsers, permission: "core.org.read" },
  { path: "/settings", label: "nav.settings", icon: IconSettings, permission: "core.org.read" },
];
