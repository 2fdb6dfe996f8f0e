// Ids as literals: the permission contracts import server-side helpers the bundle must not carry.

/** Prospecting's permission ids, as the admin part checks them. */
export const perm = {
  inboxRead: "prospecting.inbox.read",
  inboxTriage: "prospecting.inbox.triage",
  formsManage: "prospecting.forms.manage",
  telegramManage: "prospecting.telegram.manage",
  listsManage: "prospecting.lists.manage",
  callsWork: "prospecting.calls.work",
  scriptsManage: "prospecting.scripts.manage",
  statsRead: "prospecting.stats.read",
  clientsRead: "core.clients.read",
  pluginsRead: "core.plugins.read",
  pluginsManage: "core.plugins.manage",
} as const;
