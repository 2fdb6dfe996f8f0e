import { type CurrencyCode, type Locale, localDate, type ServiceContext, systemActor } from "@quartet/core";
import type { RequestContext } from "@quartet/core/trpc";

/** What every VIP service receives: core's service context (the program lives in VIP's own table). */
export type VipContext = ServiceContext<unknown>;

/** A procedure's context with `system`: the same organisation as the system sees it (every client). */
export type WithSystem = VipContext & { system: VipContext };

/** The organisation's facts VIP needs: language, time zone, currency, and today there. */
export type OrgInfo = { locale: Locale; timeZone: string; currency: CurrencyCode; today: string };

/** The organisation's language, zone, currency, and today's business date in its zone. */
export async function orgInfo(ctx: Pick<VipContext, "records" | "clock">): Promise<OrgInfo> {
  const org = await ctx.records.people.organisation();
  return {
    locale: org.locale === "en" ? "en" : "ru",
    timeZone: org.timeZone,
    currency: org.defaultCurrency as CurrencyCode,
    today: localDate(ctx.clock.now(), org.timeZone),
  };
}

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
