import { defineAdminPlugin } from "@quartet/ui";
import { perm } from "./shared/permissions.ts";

/**
 * Farming's admin part, each screen a lazy chunk: the farmer's day, the portfolio, cross-sell
 * (whitespace), the board of expansion deals and a deal's page, statistics and the company's rules;
 * widgets for a client's side panel and the home dashboard; the client card's cross-sell tab.
 */
export default defineAdminPlugin({
  id: "farming",
  routes: [
    { path: "/farming", component: () => import("./day/day-page.tsx"), permission: perm.portfolioRead },
    {
      path: "/farming/portfolio",
      component: () => import("./portfolio/portfolio-page.tsx"),
      permission: perm.portfolioRead,
    },
    {
      path: "/farming/whitespace",
      component: () => import("./whitespace/whitespace-page.tsx"),
      permission: perm.portfolioRead,
    },
    { path: "/farming/deals", component: () => import("./deals/board-page.tsx"), permission: perm.dealsRead },
    {
      path: "/farming/deals/:dealId",
      component: () => import("./deal/deal-page.tsx"),
      permission: perm.dealsRead,
    },
    { path: "/farming/stats", component: () => import("./stats/stats-page.tsx"), permission: perm.statsRead },
    {
      path: "/farming/rules",
      component: () => import("./rules/rules-page.tsx"),
      permission: perm.rulesManage,
    },
  ],
  nav: [{ path: "/farming", label: { en: "Farming", ru: "Развитие" }, permission: perm.portfolioRead }],
  clientTabs: [
    {
      key: "cross-sell",
      label: { en: "Cross-sell", ru: "Кросс-продажи" },
      component: () => import("./widgets/cross-sell-tab.tsx"),
      permission: perm.portfolioRead,
    },
  ],
  widgets: {
    "client.actions": {
      component: () => import("./actions/expansion-deal-action.tsx"),
      permission: perm.dealsWrite,
    },
    "client.sidePanel": {
      component: () => import("./widgets/client-widget.tsx"),
      permission: perm.portfolioRead,
    },
    dashboard: { component: () => import("./widgets/dashboard-widget.tsx"), permission: perm.monitorRead },
  },
});
