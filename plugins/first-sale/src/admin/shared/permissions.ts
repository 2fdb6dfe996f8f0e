import { usePluginHost } from "@quartet/ui";

/**
 * The permissions first sale's screens check, as literals: the contracts module imports
 * server-side helpers the admin bundle must not carry.
 */
export const perm = {
  dealsRead: "first-sale.deals.read",
  dealsWrite: "first-sale.deals.write",
  pipelinesManage: "first-sale.pipelines.manage",
  proposalsWrite: "first-sale.proposals.write",
  statsRead: "first-sale.stats.read",
  clientsRead: "core.clients.read",
  clientsWrite: "core.clients.write",
  catalogRead: "core.catalog.read",
  ordersRead: "core.orders.read",
  ordersWrite: "core.orders.write",
  tasksUse: "core.tasks.use",
  pluginsManage: "core.plugins.manage",
  orgRead: "core.org.read",
} as const;

/** Whether the viewer holds a permission: `can("dealsWrite")`. Buttons that would be refused are not shown. */
export function useCan(): (permission: keyof typeof perm) => boolean {
  const host = usePluginHost();
  return (permission) => host.can(perm[permission]);
}
