import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Text with every kind of space (Russian number formats use narrow no-break ones) as a plain space. */
export const plain = (text: string | null) => (text ?? "").replace(/\s/g, " ");

/** What a VIP screen must never show a person: ids, slugs, codes, placeholders, raw values. */
const leaks =
  /\b(cli|usr|tsk|ord|hnd)_[0-9A-Za-z]{6,}|\bvip\.[a-z]|\btier-\d|\bpayment-discipline\b|\{[a-z]+\}|\bundefined\b|\bNaN\b|\bnull\b|\[object/;

/** Fails when the page's visible text leaks ids, slugs, codes or placeholders. */
export async function expectClean(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.textContent);
  expect(text.match(leaks)?.[0] ?? null).toBeNull();
}

/** Fails when a Russian page shows an English word of three letters or more (VIP and SLA aside). */
export async function expectNoEnglish(page: Page): Promise<void> {
  const text = await page.evaluate(
    () => document.querySelector("main")?.textContent ?? document.body.textContent,
  );
  const words = (text.match(/\b[A-Za-z]{3,}\b/g) ?? []).filter((w) => !["VIP", "SLA", "Quartet"].includes(w));
  expect(words).toEqual([]);
}

/** Fails when the page itself scrolls sideways (a table may scroll inside itself). */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

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
