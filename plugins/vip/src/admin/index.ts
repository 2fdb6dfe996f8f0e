import { defineAdminPlugin } from "@quartet/ui";
import { perm } from "./shared/permissions.ts";

/**
 * VIP's admin part, each screen a lazy chunk: the key-account desk, the program editor with its
 * preview, the SLA report; widgets for a client's side panel and the home dashboard; the
 * program's tiers and criteria as its settings section on the functions page.
 */
export default defineAdminPlugin({
  id: "vip",
  routes: [
    { path: "/vip", component: () => import("./desk/desk-page.tsx"), permission: perm.clientsRead },
    {
      path: "/vip/program",
      component: () => import("./program/program-page.tsx"),
      permission: perm.programManage,
    },
    { path: "/vip/sla", component: () => import("./sla/sla-page.tsx"), permission: perm.clientsRead },
  ],
  nav: [{ path: "/vip", label: { en: "VIP clients", ru: "VIP-клиенты" }, permission: perm.clientsRead }],
  widgets: {
    "client.sidePanel": {
      component: () => import("./widgets/client-widget.tsx"),
      permission: perm.clientsRead,
    },
    dashboard: { component: () => import("./widgets/dashboard-widget.tsx"), permission: perm.monitorRead },
  },
  settingsPage: () => import("./settings/program-section.tsx"),
});
