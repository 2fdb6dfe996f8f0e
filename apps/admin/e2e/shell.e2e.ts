import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { startServer, type TestServer } from "./support/server.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser({ width: 390, height: 844 });
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("shell on a narrow screen", () => {
  it("hides the sidebar behind the menu button and closes it with Escape", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    const menu = page.getByRole("button", { name: ru.nav.open });
    const teamLink = page.getByRole("link", { name: ru.nav.team });
    await expect.poll(() => menu.isVisible()).toBe(true);
    await expect.poll(() => teamLink.isVisible()).toBe(false);
    // No plugin is enabled yet: people cover every leg, but none stands without its plugin.
    await expect.poll(() => page.getByText(ru.legs.none).count()).toBe(1);
    await screenshot(page, "health-narrow");

    await menu.click();
    await expect.poll(() => teamLink.isVisible()).toBe(true);
    await expect.poll(async () => (await page.locator("#sidebar").boundingBox())?.x).toBe(0);
    expect(await page.getByRole("button", { name: ru.nav.close }).getAttribute("aria-expanded")).toBe("true");
    await screenshot(page, "shell-narrow-menu", { fullPage: false });

    await page.keyboard.press("Escape");
    await expect.poll(() => teamLink.isVisible()).toBe(false);
  });

  it("lays every page out in one column, without sideways scrolling", async () => {
    const { page } = browser;
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    for (const [path, heading] of [
      ["/", ru.status.title],
      ["/team", ru.team.title],
      ["/team?tab=members", ru.team.title],
      ["/functions", ru.plugins.title],
      ["/settings", ru.settings.title],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
      await page.waitForLoadState("networkidle");
      expect(await overflow(), path).toBeLessThanOrEqual(0);
    }
    await screenshot(page, "settings-narrow");
    await page.goto(`${server.url}/team`);
    await expect.poll(() => page.locator('.legs__item[data-status="covered"]').count()).toBe(4);
    await screenshot(page, "team-narrow");
  });

  it("answers an unknown address with a page, not a blank screen", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/no/such/page`);
    await expect.poll(() => page.getByRole("heading", { name: ru.notFound.title }).count()).toBe(1);
  });

  it("names a plugin whose page failed to load as the sidebar does, never by its id", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "VIP-клиенты");
    await page.route("**/assets/desk-page-*.js", (route) => route.abort());
    await page.goto(`${server.url}/vip`);
    const card = page.locator(".q-widget-error");
    await expect
      .poll(() => card.locator(".q-widget-error__title").textContent())
      .toBe("Страница не загрузилась");
    expect(await card.locator(".q-widget-error__detail").textContent()).toBe(
      "Модуль «VIP-клиенты». Повторите попытку или откройте другую страницу.",
    );
    await screenshot(page, "plugin-page-failed-narrow");
    await page.unroute("**/assets/desk-page-*.js");
  });
});
