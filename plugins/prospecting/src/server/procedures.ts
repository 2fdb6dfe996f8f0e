import type { ServiceContext } from "@quartet/core";
import type { PermissionDefinition } from "@quartet/core/plugin";
import { pluginProcedure } from "@quartet/core/trpc";
import type { ProspectingSettings } from "../contracts/settings.ts";
import type { ProspectingContext, ProspectingPorts } from "./context.ts";

/** A prospecting procedure gated by one of its permissions. */
export function proc(permission: PermissionDefinition) {
  return pluginProcedure<ProspectingSettings>("prospecting", permission.id);
}

/** Adds the ports to a procedure's service context. */
export function withPorts(ports: ProspectingPorts) {
  return (ctx: { service: ServiceContext<ProspectingSettings> }): ProspectingContext => ({
    ...ctx.service,
    ports,
  });
}
