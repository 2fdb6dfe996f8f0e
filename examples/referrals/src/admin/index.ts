import { defineAdminPlugin } from "@quartet/ui";
import { perm } from "./shared/words.ts";

/** The plugin's admin part: the referrals page and a card on each client's page, each a lazy chunk. */
export default defineAdminPlugin({
  id: "referrals",
  routes: [
    { path: "/referrals", component: () => import("./page/referrals-page.tsx"), permission: perm.read },
  ],
  nav: [{ path: "/referrals", label: { en: "Referrals", ru: "Рекомендации" }, permission: perm.read }],
  widgets: {
    "client.sidePanel": { component: () => import("./widgets/client-widget.tsx"), permission: perm.read },
  },
});
