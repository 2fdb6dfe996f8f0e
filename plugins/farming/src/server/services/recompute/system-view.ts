import { systemActor } from "@quartet/core";
import type { RequestContext } from "@quartet/core/trpc";
import type { FarmingContext } from "../../context.ts";

/** A procedure's service context with `system`: the same organisation as the system sees it. */
export type WithSystem = FarmingContext & { system: FarmingContext };

/**
 * The caller's service context plus the system's view of the organisation: recomputes and peer
 * statistics read the whole base whatever the caller's record scope, while writes, audit and
 * answers stay the caller's.
 */
export function withSystem(ctx: {
  service: FarmingContext;
  recordsFor: RequestContext["recordsFor"];
}): WithSystem {
  const base = { ...ctx.service, actor: systemActor };
  return { ...ctx.service, system: { ...base, records: ctx.recordsFor(base) } };
}
