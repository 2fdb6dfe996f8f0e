import type { ServiceContext } from "./context.ts";
import type { Locale } from "./i18n.ts";
import type { CurrencyCode } from "./money/currency.ts";
import { localDate } from "./time.ts";

/** The organisation's facts a service words and dates things by: language, time zone, currency, and today there. */
export type OrgInfo = { locale: Locale; timeZone: string; currency: CurrencyCode; today: string };

/**
 * The organisation's language, zone, currency, and today's business date in its zone, read
 * through core's records: what a plugin needs to store a worded text or judge a date.
 *
 * @example const { locale, today } = await orgInfo(ctx);
 */
export async function orgInfo(ctx: Pick<ServiceContext, "records" | "clock">): Promise<OrgInfo> {
  const org = await ctx.records.people.organisation();
  return {
    locale: org.locale === "en" ? "en" : "ru",
    timeZone: org.timeZone,
    currency: org.defaultCurrency as CurrencyCode,
    today: localDate(ctx.clock.now(), org.timeZone),
  };
}
