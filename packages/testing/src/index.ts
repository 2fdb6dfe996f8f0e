/**
 * `@quartet/testing`: what a plugin's tests need to run against a real Quartet host.
 *
 * @example
 * import { pluginHost, aClient } from "@quartet/testing";
 * const h = await pluginHost([referralsPlugin]);
 * const client = await aClient(h, { name: "ООО Ромашка" });
 * const api = (await h.as(h.owner)).referrals;
 */
export { manualClock } from "@quartet/core";
export * from "@quartet/server/testing";
export { aClient, anOrder, buysAndPays, type CreatedClient, type FixtureHost } from "./fixtures.ts";
