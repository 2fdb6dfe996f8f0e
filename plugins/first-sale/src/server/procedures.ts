import type { PermissionDefinition } from "@quartet/core/plugin";
import { pluginProcedure } from "@quartet/core/trpc";
import type { FirstSaleSettings } from "../contracts/settings.ts";

/** A first-sale procedure gated by one of its permissions. */
export function proc(permission: PermissionDefinition) {
  return pluginProcedure<FirstSaleSettings>("first-sale", permission.id);
}
