import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser({ width: 390, height: 844 });
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
    const statusLink = page.getByRole("link", { name: ru.nav.status });
    await expect.poll(() => menu.isVisible()).toBe(true);
    await expect.poll(() => statusLink.isVisible()).toBe(false);
    await screenshot(page, "status-narrow");

    await menu.click();
    await expect.poll(() => statusLink.isVisible()).toBe(true);
    await expect.poll(async () => (await page.locator("#sidebar").boundingBox())?.x).toBe(0);
    expect(await page.getByRole("button", { name: ru.nav.close }).getAttribute("aria-expanded")).toBe("true");
    await screenshot(page, "shell-narrow-menu", { fullPage: false });

    await page.keyboard.press("Escape");
    await expect.poll(() => statusLink.isVisible()).toBe(false);
  });

  it("answers an unknown address with a page, not a blank screen", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/no/such/page`);
    await expect.poll(() => page.getByRole("heading", { name: ru.notFound.title }).count()).toBe(1);
  });
});
