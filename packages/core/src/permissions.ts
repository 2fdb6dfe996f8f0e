import { definePermission } from "./plugin/define-permission.ts";

/** Permissions of core itself; plugins declare theirs with `definePermission`. */
export const corePermissions = {
  pluginsRead: definePermission({
    id: "core.plugins.read",
    description: { en: "See the functions (plugins) and their state", ru: "Видеть функции (плагины) и их состояние" },
    defaultRoles: ["admin", "head-of-sales", "member", "viewer"],
  }),
  pluginsManage: definePermission({
    id: "core.plugins.manage",
    description: { en: "Enable, disable and configure functions", ru: "Включать, отключать и настраивать функции" },
    defaultRoles: ["admin"],
  }),
  eventsManage: definePermission({
    id: "core.events.manage",
    description: { en: "See and retry failed event deliveries", ru: "Видеть и повторять неудавшиеся доставки событий" },
    defaultRoles: ["admin"],
  }),
} as const;
