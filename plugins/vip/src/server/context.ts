import { type ServiceContext, systemActor } from "@quartet/core";
import type { RequestContext } from "@quartet/core/trpc";

/** What every VIP service receives: core's service context (the program lives in VIP's own table). */
export type VipContext = ServiceContext<unknown>;

/** A procedure's context with `system`: the same organisation as the system sees it (every client). */
export type WithSystem = VipContext & { system: VipContext };

/** The organisation's language, zone, currency and today: core's `orgInfo`, shared by every service. */
export { type OrgInfo, orgInfo } from "@quartet/core";

/**
 * The caller's service context plus the system's view: reassessments read every client whatever
 * the caller's record scope, while writes, audit and answers stay the caller's.
 */
export function withSystem(ctx: {
  service: VipContext;
  recordsFor: RequestContext["recordsFor"];
}): WithSystem {
  const base = { ...ctx.service, actor: systemActor };
  return { ...ctx.service, system: { ...base, records: ctx.recordsFor(base) } };
}
