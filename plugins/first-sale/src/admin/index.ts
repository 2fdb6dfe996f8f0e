import { defineAdminPlugin } from "@quartet/ui";

// Ids as literals: the permission contracts import server-side helpers the bundle must not carry.
const dealsRead = "first-sale.deals.read";

/** First sale's admin part: the deal board and the client page's deals widget, each a lazy chunk. */
export default defineAdminPlugin({
  id: "first-sale",
  routes: [{ path: "/deals", component: () => import("./board/board-page.tsx"), permission: dealsRead }],
  nav: [{ path: "/deals", label: { en: "Deals", ru: "Продажи" }, permission: dealsRead }],
  widgets: {
    "client.sidePanel": {
      component: () => import("./widgets/client-deals-widget.tsx"),
      permission: dealsRead,
    },
  },
});
