import type { ServiceContext } from "@quartet/core";
import type { PermissionDefinition } from "@quartet/core/plugin";
import { pluginProcedure } from "@quartet/core/trpc";
import type { ReferralsSettings } from "../contracts/settings.ts";

/** What every service of the plugin receives: core's service context with the plugin's settings. */
export type ReferralsContext = ServiceContext<ReferralsSettings>;

/** A procedure of the plugin gated by one of its permissions (the plugin's own id, never another's). */
export function proc(permission: PermissionDefinition) {
  return pluginProcedure<ReferralsSettings>("referrals", permission.id);
}
