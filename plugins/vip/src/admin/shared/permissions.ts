import { usePluginHost } from "@quartet/ui";

/**
 * The permissions VIP's screens check, as literals: the contracts module imports server-side
 * helpers the admin bundle must not carry.
 */
export const perm = {
  clientsRead: "vip.clients.read",
  reviewsWrite: "vip.reviews.write",
  clientsManage: "vip.clients.manage",
  programManage: "vip.program.manage",
  monitorRead: "core.monitor.read",
} as const;

/** Whether the viewer holds a permission: `can("clientsManage")`. Buttons that would be refused are not shown. */
export function useCan(): (permission: keyof typeof perm) => boolean {
  const host = usePluginHost();
  return (permission) => host.can(perm[permission]);
}
