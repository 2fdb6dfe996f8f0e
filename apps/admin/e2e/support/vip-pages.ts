import type { Page } from "playwright-core";
import { expectNoLeaks, expectRussian } from "./screen-checks.ts";

export { expectNoSideScroll, spaced as plain } from "./screen-checks.ts";

/** Fails when a VIP screen leaks ids, placeholders, or VIP's own codes and slugs. */
export const expectClean = (page: Page) =>
  expectNoLeaks(page, /\bvip\.[a-z]|\btier-\d|\bpayment-discipline\b/);

/** Fails when a Russian VIP screen shows English beyond the words VIP and SLA. */
export const expectNoEnglish = (page: Page) => expectRussian(page, ["VIP", "SLA"]);

/** The VIP screens by path, with a selector that says each has loaded. */
export const vipScreens = [
  { name: "desk", path: "/vip", ready: ".q-table tbody tr" },
  { name: "sla", path: "/vip/sla", ready: "[data-stat='compliance']" },
  { name: "program", path: "/vip/program", ready: ".vip-tier" },
] as const;

/** The names of the clients on the key-account desk, asked of the server from inside the signed-in page. */
export async function deskNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    const response = await fetch(`/trpc/vip.clients.list?input=${input}`);
    if (response.status !== 200) throw new Error(`vip.clients.list answered ${response.status}`);
    const body = (await response.json()) as { result: { data: { json: { items: { name: string }[] } } } };
    return body.result.data.json.items.map((item) => item.name);
  });
}
