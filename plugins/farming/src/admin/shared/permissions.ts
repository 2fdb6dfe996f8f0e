import { usePluginHost } from "@quartet/ui";

/**
 * The permissions farming's screens check, as literals: the contracts module imports server-side
 * helpers the admin bundle must not carry.
 */
export const perm = {
  portfolioRead: "farming.portfolio.read",
  accountsWrite: "farming.accounts.write",
  portfolioManage: "farming.portfolio.manage",
  rulesManage: "farming.rules.manage",
  dealsRead: "farming.deals.read",
  dealsWrite: "farming.deals.write",
  statsRead: "farming.stats.read",
  clientsRead: "core.clients.read",
  ordersWrite: "core.orders.write",
  monitorRead: "core.monitor.read",
} as const;

/** Whether the viewer holds a permission: `can("dealsWrite")`. Buttons that would be refused are not shown. */
export function useCan(): (permission: keyof typeof perm) => boolean {
  const host = usePluginHost();
  return (permission) => host.can(perm[permission]);
}
