import { systemActor } from "@quartet/core";
import { orgInfo, type VipContext } from "../../context.ts";
import { loadProgram } from "../program/load-program.ts";
import { flagBreaches } from "./flag-breaches.ts";
import { trackTasks } from "./track-tasks.ts";

/**
 * Times new client-request tasks of VIP clients and stops the clocks of done ones, then flags and
 * announces breaches — one transaction as the system; the SLA job runs it every few minutes.
 */
export async function checkSla(ctx: VipContext) {
  const org = await orgInfo(ctx);
  return ctx.org.write(systemActor, async (scope) => {
    const program = await loadProgram(scope.tx);
    await trackTasks(ctx, scope, org, program);
    return flagBreaches(ctx, scope, org, program);
  });
}
