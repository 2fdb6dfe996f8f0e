import type { PermissionDefinition } from "@quartet/core/plugin";
import { pluginProcedure } from "@quartet/core/trpc";

/** A VIP procedure gated by one of its permissions. */
export function proc(permission: PermissionDefinition) {
  return pluginProcedure<Record<string, never>>("vip", permission.id);
}
