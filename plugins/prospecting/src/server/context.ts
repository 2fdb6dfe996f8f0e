import type { Actor, ServiceContext } from "@quartet/core";
import type { ProspectingSettings } from "../contracts/settings.ts";
import type { RateWindow } from "../domain/rate-window.ts";
import type { TelegramApi } from "./ports/telegram-api.ts";

/** The ports prospecting talks through; injected when the plugin is created. */
export type ProspectingPorts = { telegram: TelegramApi; formLimiter: RateWindow };

/** What every prospecting service receives: core's service context plus the ports. */
export type ProspectingContext = ServiceContext<ProspectingSettings> & { ports: ProspectingPorts };

/** The actor recorded for writes that arrive through a public endpoint. */
export const hookActor: Actor = {
  kind: "system",
  id: "hook",
  name: "public endpoint",
  role: "system",
  permissions: new Set(),
  scope: "all",
};

/** The organisation's time zone: calling hours fall back to it, shifts and weeks are counted in it. */
export async function orgTimeZone(ctx: ServiceContext<unknown>): Promise<string> {
  return (await ctx.records.people.organisation()).timeZone;
}
