import { systemActor } from "@quartet/core";
import type { FarmingContext } from "../../context.ts";
import { recomputeClients } from "./recompute-clients.ts";

/**
 * Recomputes every account in one transaction as the system: the nightly job, and enabling the
 * plugin (again). Catches what only the passing of time changes: lateness, overdue contact, health.
 */
export function recomputeAll(ctx: FarmingContext) {
  return ctx.org.write(systemActor, (scope) => recomputeClients(ctx, scope, "all"));
}
