import { defineAdminPlugin } from "@quartet/ui";
import { perm } from "./shared/permissions.ts";

/**
 * First sale's admin part, each screen a lazy chunk: the deal board and list, a deal's page,
 * pipelines (with the lost reasons), the forecast and the statistics; widgets for a client's
 * side panel and the home dashboard; a qualified lead's deal in prospecting's inbox.
 */
export default defineAdminPlugin({
  id: "first-sale",
  routes: [
    { path: "/deals", component: () => import("./board/board-page.tsx"), permission: perm.dealsRead },
    { path: "/deals/list", component: () => import("./list/list-page.tsx"), permission: perm.dealsRead },
    {
      path: "/deals/pipelines",
      component: () => import("./pipelines/pipelines-page.tsx"),
      permission: perm.dealsRead,
    },
    {
      path: "/deals/forecast",
      component: () => import("./forecast/forecast-page.tsx"),
      permission: perm.statsRead,
    },
    { path: "/deals/stats", component: () => import("./stats/stats-page.tsx"), permission: perm.statsRead },
    { path: "/deals/:dealId", component: () => import("./deal/deal-page.tsx"), permission: perm.dealsRead },
  ],
  nav: [{ path: "/deals", label: { en: "Deals", ru: "Продажи" }, permission: perm.dealsRead }],
  quickAdd: [
    {
      key: "deal",
      label: { en: "Deal", ru: "Сделку" },
      permission: perm.dealsWrite,
      dialog: () => import("./board/quick-add-deal.tsx"),
    },
  ],
  widgets: {
    "client.actions": {
      component: () => import("./actions/new-deal-action.tsx"),
      permission: perm.dealsWrite,
    },
    "client.sidePanel": {
      component: () => import("./widgets/client-deals-widget.tsx"),
      permission: perm.dealsRead,
    },
    dashboard: { component: () => import("./widgets/dashboard-widget.tsx"), permission: perm.statsRead },
    "lead.panel": { component: () => import("./leads/lead-deal-widget.tsx"), permission: perm.dealsRead },
    "plugin.enabled": {
      component: () => import("./leads/enabled-offer-widget.tsx"),
      permission: perm.dealsWrite,
    },
  },
});
