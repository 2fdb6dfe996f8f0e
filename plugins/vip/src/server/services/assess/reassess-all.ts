import { systemActor } from "@quartet/core";
import type { VipContext } from "../../context.ts";
import { reassessClients } from "./reassess-clients.ts";

/**
 * Reassesses every client in one transaction as the system: the nightly job, and enabling the
 * plugin (again). Catches what only the passing of time changes: windows sliding, grace ending,
 * overrides expiring, reviews falling due.
 */
export function reassessAll(ctx: VipContext) {
  return ctx.org.write(systemActor, (scope) => reassessClients(ctx, scope, "all"));
}
