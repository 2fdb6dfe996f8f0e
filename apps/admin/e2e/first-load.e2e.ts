import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

/** Issue #18's goal for the home page's first load: JavaScript on the wire, and how many files. */
const goal = { bytes: 150 * 1000, requests: 20 };
/**
 * What the first load may not exceed today: 176.1 kB in 23 requests before 2026-12-08 (nine of them
 * re-export stubs), 156.5 kB in 11 since (no stubs, `screens` only what the home draws, its dialogs
 * and the search panel loaded on first open). Short of the goal by the Russian dictionary of every
 * screen (25.6 kB) and the plugins' two-language dictionaries their home widgets carry (32 kB); a
 * change that makes the first load heavier fails here, and the distance to the goal is printed.
 */
const budget = { bytes: 159 * 1000, requests: 12 };

let server: TestServer;
let browser: TestBrowser;

/** An owner with the four legs on, so the home draws every card it can. */
beforeAll(async () => {
  server = await startServer({ timeoutMs: 90_000 });
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  for (const pluginId of ["prospecting", "first-sale", "farming", "vip"])
    await mutateFromPage(browser.page, "core.plugins.enable", { pluginId });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Script = { url: string; bytes: number; encoding: string | null };

/**
 * Opens the home page with the browser's cache off and returns every script it fetched until the
 * network settles, with its size on the wire (the encoded body, as the server sent it).
 */
async function firstLoad(page: Page, url: string): Promise<Script[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const responses: Response[] = [];
  const collect = (response: Response) => {
    if (response.request().resourceType() === "script") responses.push(response);
  };
  const errors: string[] = [];
  const fail = (error: Error) => {
    errors.push(error.message);
    console.error(error);
  };
  page.on("response", collect);
  page.on("pageerror", fail);
  await page.goto(`${url}/`, { waitUntil: "networkidle" });
  await page.locator(".home-plan").waitFor();
  await screenshot(page, "first-load-home");
  page.off("response", collect);
  page.off("pageerror", fail);
  expect(errors).toEqual([]);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
  return Promise.all(
    responses.map(async (response) => {
      // The body as sent; Chromium reports no size for a script a <link rel=modulepreload> fetched.
      const length = await response.headerValue("content-length");
      return {
        url: new URL(response.url()).pathname,
        bytes: length === null ? (await response.request().sizes()).responseBodySize : Number(length),
        encoding: await response.headerValue("content-encoding"),
      };
    }),
  );
}

describe("the home page's first load", () => {
  it(`stays within ${budget.bytes / 1000} kB of JavaScript on the wire in ${budget.requests} requests (goal ${goal.bytes / 1000} kB in ${goal.requests})`, async () => {
    const scripts = await firstLoad(browser.page, server.url);
    const bytes = scripts.reduce((total, script) => total + script.bytes, 0);
    for (const script of scripts)
      console.log(
        `${script.url.padEnd(56)}${String(script.bytes).padStart(8)} ${script.encoding ?? "identity"}`,
      );
    console.log(
      `first load: ${(bytes / 1000).toFixed(1)} kB of JavaScript on the wire in ${scripts.length} requests; goal ${goal.bytes / 1000} kB in ${goal.requests}: ${bytes <= goal.bytes && scripts.length <= goal.requests ? "met" : `missed by ${Math.max(0, (bytes - goal.bytes) / 1000).toFixed(1)} kB and ${Math.max(0, scripts.length - goal.requests)} requests`}`,
    );
    expect(scripts.length).toBeGreaterThan(0);
    // Compressed, but for a file too small for compression to make it smaller.
    expect(scripts.filter((script) => script.bytes > 1000 && script.encoding === null)).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(budget.bytes);
    expect(scripts.length).toBeLessThanOrEqual(budget.requests);
  });
});
