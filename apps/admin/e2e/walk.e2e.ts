import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { artifactsDir } from "./support/paths.ts";
import { bothLanguages, useLocale } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fillDemoOrganisation } from "./support/walk/demo-org.ts";
import { dialogWalks } from "./support/walk/dialogs.ts";
import { createFindings, type Spot } from "./support/walk/findings.ts";
import { inspect, openPage, settle } from "./support/walk/page-checks.ts";
import {
  openedAt,
  reachedThrough,
  type Stop,
  signedOutRoutes,
  skipped,
  stopName,
  uncovered,
} from "./support/walk/plan.ts";
import { appRoutes, routeMatcher } from "./support/walk/route-table.ts";

/*
 * The walk over every page (docs/architecture.md, "One language, any width"). It takes minutes; run it
 * on a build of its own so another build of dist/ cannot blank the pages halfway:
 *   flock /tmp/vite.lock pnpm exec vite build --outDir /tmp/walk-dist --emptyOutDir
 *   QUARTET_E2E_DIST=/tmp/walk-dist/ pnpm exec vitest run --config vitest.e2e.config.ts e2e/walk.e2e.ts
 */

let server: TestServer;
let desk: TestBrowser;
let phone: TestBrowser;
let guest: TestBrowser;

const walker: Account = {
  name: "Вера Обходова",
  email: "vera.walk@example.ru",
  password: "walk-every-page-7",
};
const routes = appRoutes();
const findings = createFindings();
const visited = new Set<string>();
const stops: Stop[] = [];

/** The three ways a page is looked at: a Russian desktop, and a phone in Russian and English. */
const spots = [
  { locale: "ru", width: "desktop" },
  { locale: "ru", width: "phone" },
  { locale: "en", width: "phone" },
] as const;

beforeAll(async () => {
  // better-auth allows 100 calls of /api/auth a minute from one address, and a walk that loads a page
  // every second would see «Сервер не отвечает» halfway: the server trusts loopback as a proxy, and each
  // pass of the walk comes from an address of its own (RFC 5737 documentation addresses).
  process.env.QUARTET_TRUSTED_PROXIES = "127.0.0.1,::ffff:127.0.0.1,::1";
  server = await startServer({ timeoutMs: 120_000 });
  desk = await launchBrowser();
  phone = await launchBrowser({ touch: true, width: 390, height: 844 });
  guest = await launchBrowser({ touch: true, width: 390, height: 844 });
  await newAddress(desk);
  await fillDemoOrganisation(desk.page, server.url, walker);
  await phone.context.addCookies(await desk.context.cookies());
  // A build that does not draw at all would make every page of the walk wait in vain: stop at once.
  await desk.page.goto(`${server.url}/`);
  if (!(await settle(desk.page, 60_000)))
    throw new Error(`the app at ${server.url} did not draw its home page`);
}, 600_000);

afterAll(async () => {
  // What the server logged (warnings and errors) during the walk, beside the report.
  if (server) writeFileSync(join(artifactsDir, "walk-server.log"), server.output());
  await Promise.all([desk?.close(), phone?.close(), guest?.close()]);
  await server?.stop();
});

let addresses = 0;

/** Makes the browser's next requests come from an address no pass has used (see `beforeAll`). */
async function newAddress(browser: TestBrowser): Promise<void> {
  addresses += 1;
  await browser.context.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${addresses}` });
}

/** The signed-in tab for a spot, switched to its language, from an address of its own. */
async function tabFor(spot: Omit<Spot, "page">): Promise<Page> {
  const browser = spot.width === "phone" ? phone : desk;
  await newAddress(browser);
  const page = browser.page;
  await page.goto(`${server.url}/`);
  await useLocale(page, spot.locale);
  return page;
}

/** Opens `url`, waits for it to draw, looks at it and saves its screenshot; a page that breaks is a finding too. */
async function look(page: Page, url: string, spot: Spot, shot: string, fullPage = true) {
  try {
    const drawn = url ? await openPage(page, `${server.url}${url}`) : await settle(page);
    if (!drawn) findings.add(spot, "still loading (a spinner or no heading), reloaded once");
    await inspect(page, spot, findings);
  } catch (error) {
    findings.add(spot, `could not be looked at: ${String((error as Error).message).split("\n")[0]}`);
  }
  await screenshot(page, `walk-${shot}-${spot.locale}-${spot.width}`, { fullPage });
}

/**
 * The address of a page of `route` as a person reaches it from `way.from`: its first link there (not to
 * another route's page), or where clicking `way.click` leads.
 */
async function reach(
  page: Page,
  route: string,
  way: { from: string; click?: string },
): Promise<string | null> {
  await openPage(page, `${server.url}${way.from}`);
  const matches = routeMatcher(route);
  const statics = new Set(routes.map((r) => r.path));
  const ours = (path: string) => matches.test(path) && !statics.has(path);
  if (way.click) {
    const target = page.locator(way.click).first();
    if ((await target.count()) === 0) return null;
    await target.click();
    await page.waitForURL((url) => ours(url.pathname)).catch(() => undefined);
    const path = new URL(page.url()).pathname;
    return ours(path) ? path : null;
  }
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split(/[?#]/)[0] ?? "").find(ours) ?? null;
}

describe("every page in Russian, and on a phone in both languages, shows words a person reads", () => {
  it("finds an address for every route the app knows (or the reason it is skipped)", async () => {
    const page = await tabFor({ locale: "ru", width: "desktop" });
    for (const route of routes) {
      const spot: Spot = { page: route.path, locale: "ru", width: "desktop" };
      if (signedOutRoutes.includes(route.path) || route.path in skipped) continue;
      const way = reachedThrough[route.path];
      const url = way ? await reach(page, route.path, way) : (openedAt[route.path] ?? route.path);
      if (url === null) findings.add(spot, `no way to it from ${way?.from}`);
      else if (url.includes(":") || url.includes("*")) continue;
      else stops.push({ route: route.path, name: stopName(route.path), url });
    }
    for (const stop of stops) visited.add(stop.route);
    for (const path of signedOutRoutes) visited.add(path);
    expect(uncovered(routes, visited)).toEqual({ missed: [], staleSkips: [] });
  }, 120_000);

  for (const spot of spots)
    it(`walks every page signed in (${spot.locale}, ${spot.width})`, async () => {
      const page = await tabFor(spot);
      for (const stop of stops) await look(page, stop.url, { ...spot, page: stop.url }, stop.name);
    }, 600_000);

  it("walks the signed-out pages (ru and en on a phone, ru on a desktop)", async () => {
    const page = guest.page;
    for (const spot of spots) {
      await newAddress(guest);
      await page.setViewportSize(
        spot.width === "phone" ? { width: 390, height: 844 } : { width: 1280, height: 860 },
      );
      await page.goto(`${server.url}/sign-in`);
      await useLocale(page, spot.locale);
      for (const path of signedOutRoutes) await look(page, path, { ...spot, page: path }, stopName(path));
    }
  }, 300_000);

  for (const spot of spots)
    it(`opens each page's main dialogs (${spot.locale}, ${spot.width})`, async () => {
      const page = await tabFor(spot);
      for (const walk of dialogWalks) {
        await openPage(page, `${server.url}${walk.from}`);
        const dict = bothLanguages.find(([locale]) => locale === spot.locale)?.[1];
        const count = dict ? await walk.count(page, dict).catch(() => 0) : 0;
        if (count === 0) findings.add({ ...spot, page: walk.from }, `nothing opens «${walk.name}»`);
        for (let index = 0; index < count && dict; index++) {
          const where: Spot = { ...spot, page: `${walk.from} → ${walk.name} ${index + 1}` };
          const shotName = `${stopName(walk.from)}-${walk.name}-${index + 1}`;
          await openPage(page, `${server.url}${walk.from}`);
          try {
            await walk.open(page, dict, index);
          } catch (error) {
            const shot = `walk-${shotName}-failed-${spot.locale}-${spot.width}`;
            await screenshot(page, shot, { fullPage: false });
            findings.add(
              where,
              `did not open (${shot}.png): ${String((error as Error).message).split("\n")[0]}`,
            );
            continue;
          }
          await look(page, "", where, shotName, false);
        }
      }
    }, 600_000);

  it("found nothing wrong (the whole report is in test-artifacts/walk-report.txt)", () => {
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(join(artifactsDir, "walk-report.txt"), `${findings.report()}\n`);
    expect(findings.report()).toBe("");
  });
});
