import { defineAdminPlugin } from "@quartet/ui";

// Ids as literals: the permission contracts import server-side helpers the bundle must not carry.
const inboxRead = "prospecting.inbox.read";
const formsManage = "prospecting.forms.manage";
const callsWork = "prospecting.calls.work";

/** Prospecting's admin part: the intake inbox, web forms and the call screen, each a lazy chunk. */
export default defineAdminPlugin({
  id: "prospecting",
  routes: [
    { path: "/leads", component: () => import("./inbox/inbox-page.tsx"), permission: inboxRead },
    { path: "/leads/forms", component: () => import("./forms/forms-page.tsx"), permission: formsManage },
    { path: "/calls", component: () => import("./calls/calls-page.tsx"), permission: callsWork },
  ],
  nav: [
    { path: "/leads", label: { en: "Leads", ru: "Лиды" }, permission: inboxRead },
    { path: "/calls", label: { en: "Calls", ru: "Звонки" }, permission: callsWork },
  ],
});
