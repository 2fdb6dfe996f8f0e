import {
  type CurrencyCode,
  DomainError,
  type Locale,
  type RecordsPort,
  type ServiceContext,
} from "@quartet/core";
import { m } from "../contracts/messages.ts";
import type { FirstSaleSettings } from "../contracts/settings.ts";

/** What every first-sale service receives: core's service context with the plugin's settings. */
export type FirstSaleContext = ServiceContext<FirstSaleSettings>;

/** Core's records, or PRECONDITION_FAILED when the host does not provide them. */
export function recordsOf(ctx: { records?: RecordsPort }): RecordsPort {
  if (!ctx.records) {
    throw new DomainError("PRECONDITION_FAILED", m.recordsUnavailable);
  }
  return ctx.records;
}

/** The organisation's facts first sale needs: language, time zone, currency and name. */
export type OrgInfo = { locale: Locale; timeZone: string; currency: CurrencyCode; name: string };

/** The organisation's language, zone, currency and name (Russian, Moscow, RUB without records). */
export async function orgInfo(ctx: { records?: RecordsPort }): Promise<OrgInfo> {
  if (!ctx.records) return { locale: "ru", timeZone: "Europe/Moscow", currency: "RUB", name: "" };
  const org = await ctx.records.people.organisation();
  return {
    locale: org.locale === "en" ? "en" : "ru",
    timeZone: org.timeZone,
    currency: org.defaultCurrency as CurrencyCode,
    name: org.name,
  };
}

/** The plugin's settings; a subscriber or job of a misconfigured installation stops here and is retried later. */
export function settingsOf(ctx: { settings: FirstSaleSettings | undefined }): FirstSaleSettings {
  if (!ctx.settings)
    throw new Error("The settings of first-sale are invalid; an administrator must fix them");
  return ctx.settings;
}
