import type { PermissionDefinition } from "@quartet/core/plugin";
import { pluginProcedure } from "@quartet/core/trpc";

/** A farming procedure gated by one of its permissions. */
export function proc(permission: PermissionDefinition) {
  return pluginProcedure<Record<string, never>>("farming", permission.id);
}
