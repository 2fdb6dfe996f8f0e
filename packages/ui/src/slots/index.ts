export { ActionDialog } from "./action-dialog.tsx";
export {
  type CollectedClientTab,
  type CollectedNavEntry,
  type CollectedRoute,
  type CollectedWidget,
  canOpenRoute,
  collectClientTabs,
  collectNav,
  collectRoutes,
  collectWidgets,
} from "./collect.ts";
export { defineAdminPlugin } from "./define-admin-plugin.ts";
export { PluginHostProvider, usePluginHost } from "./host-context.tsx";
export { forgetLazy, lazyOnce } from "./lazy-cache.ts";
export { Slot, type SlotElementProps } from "./slot.tsx";
export type * from "./types.ts";
export { WidgetFrame } from "./widget-frame.tsx";
