import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("status page", () => {
  it("opens in Russian and switches to English", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);

    const heading = page.getByRole("heading", { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(ru.status.title);
    await expect.poll(() => page.getByText(ru.status.server.online).count()).toBeGreaterThan(0);
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    await screenshot(page, "status-ru");

    await page.getByRole("button", { name: en.language.en }).click();
    await expect.poll(() => heading.textContent()).toBe(en.status.title);
    await expect.poll(() => page.getByText(en.status.server.online).count()).toBeGreaterThan(0);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "status-en");

    await page.reload();
    await expect.poll(() => heading.textContent()).toBe(en.status.title);
  });
});
