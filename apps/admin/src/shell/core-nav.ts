import {
  IconActivity,
  IconBuilding,
  IconCheck,
  IconCompass,
  IconGrid,
  IconLayers,
  IconSettings,
  IconUsers,
  type NavEntry,
} from "@quartet/ui";

/** What the health page (`/`) needs: it shows who staffs each function. */
export const healthPermission = "core.staffing.read";

/** The sidebar entries of the app itself, each shown to those who may open it; plugin entries follow. */
export const coreNav: readonly NavEntry[] = [
  { path: "/", label: "nav.health", icon: IconActivity, permission: healthPermission },
  { path: "/my-work", label: "nav.myWork", icon: IconCheck, permission: "core.tasks.use" },
  { path: "/clients", label: "nav.clients", icon: IconBuilding, permission: "core.clients.read" },
  { path: "/functions", label: "nav.functions", icon: IconGrid, permission: "core.plugins.read" },
  { path: "/diagnostic", label: "diagnostic.nav", icon: IconCompass, permission: "core.diagnostic.run" },
  { path: "/team", label: "nav.team", icon: IconUsers, permission: "core.org.read" },
  { path: "/settings", label: "nav.settings", icon: IconSettings, permission: "core.org.read" },
  { path: "/system", label: "status.system.nav", icon: IconLayers, permission: "core.plugins.manage" },
];
