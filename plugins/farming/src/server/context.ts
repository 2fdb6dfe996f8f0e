import { type CurrencyCode, type Locale, localDate, type ServiceContext } from "@quartet/core";

/** What every farming service receives: core's service context (farming keeps its rules in its own table). */
export type FarmingContext = ServiceContext<unknown>;

/** The organisation's facts farming needs: language, time zone, currency, and today there. */
export type OrgInfo = { locale: Locale; timeZone: string; currency: CurrencyCode; today: string };

/** The organisation's language, zone, currency, and today's business date in its zone. */
export async function orgInfo(ctx: Pick<FarmingContext, "records" | "clock">): Promise<OrgInfo> {
  const org = await ctx.records.people.organisation();
  return {
    locale: org.locale === "en" ? "en" : "ru",
    timeZone: org.timeZone,
    currency: org.defaultCurrency as CurrencyCode,
    today: localDate(ctx.clock.now(), org.timeZone),
  };
}
