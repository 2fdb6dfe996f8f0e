import { defineAdminPlugin } from "@quartet/ui";
import { perm } from "./permissions.ts";

/**
 * Prospecting's admin part, each screen a lazy chunk: the intake inbox with web forms, Telegram
 * and statistics; call campaigns with lists and scripts; the caller's call screen; the dashboard
 * readings (which also take a caller straight to the call screen).
 */
export default defineAdminPlugin({
  id: "prospecting",
  routes: [
    { path: "/leads", component: () => import("./inbox/inbox-page.tsx"), permission: perm.inboxRead },
    { path: "/leads/forms", component: () => import("./forms/forms-page.tsx"), permission: perm.formsManage },
    {
      path: "/leads/telegram",
      component: () => import("./telegram/telegram-page.tsx"),
      permission: perm.telegramManage,
    },
    { path: "/leads/stats", component: () => import("./stats/stats-page.tsx"), permission: perm.statsRead },
    { path: "/calling", component: () => import("./calling/calling-page.tsx"), permission: perm.listsManage },
    {
      path: "/calling/scripts",
      component: () => import("./scripts/scripts-page.tsx"),
      permission: perm.scriptsManage,
    },
    { path: "/calls", component: () => import("./calls/calls-page.tsx"), permission: perm.callsWork },
  ],
  nav: [
    { path: "/leads", label: { en: "Leads", ru: "Лиды" }, permission: perm.inboxRead },
    { path: "/calling", label: { en: "Call campaigns", ru: "Обзвон" }, permission: perm.listsManage },
    { path: "/calls", label: { en: "Calls", ru: "Звонки" }, permission: perm.callsWork },
  ],
  quickAdd: [
    {
      key: "lead",
      label: { en: "Lead", ru: "Лида" },
      permission: perm.inboxTriage,
      dialog: () => import("./inbox/new-request-dialog.tsx"),
    },
  ],
  widgets: {
    "client.actions": {
      component: () => import("./actions/add-to-list-action.tsx"),
      permission: perm.listsManage,
    },
    dashboard: () => import("./widgets/dashboard-widget.tsx"),
  },
});
