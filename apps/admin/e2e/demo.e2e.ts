import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { signUpThroughApi } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { expectNoLeaks, expectNoSideScroll, expectRussian, spaced } from "./support/screen-checks.ts";
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

const newcomer = { name: "Олег Новиков", email: "oleg@example.ru", password: "demo-walk-2026" };

describe("a newcomer tries Quartet with demo data from onboarding", () => {
  it("signs up, chooses demo data, sees its progress and lands on the monitor naming the weak leg (ru)", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 860 });
    await signUpThroughApi(page, server.url, newcomer);
    await page.goto(`${server.url}/onboarding`);
    const choose = page.getByRole("button", { name: ru.demo.start });
    await expect.poll(() => choose.count()).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSideScroll(page);
    const latin = spaced(await page.locator(".demo-choice").textContent()).match(/[A-Za-z]{3,}/g) ?? [];
    expect(latin.filter((word) => word !== "VIP")).toEqual([]);
    await screenshot(page, "demo-onboarding-ru-390");
    await page.setViewportSize({ width: 1280, height: 860 });
    await choose.click();
    const status = page.locator(".demo-choice__progress");
    await expect.poll(() => status.count()).toBe(1);
    expect(spaced(await status.textContent())).toContain(ru.demo.progress);
    expect(await page.getByRole("button", { name: ru.common.next }).isVisible()).toBe(false);
    await screenshot(page, "demo-progress-ru");

    // The default demo takes about half a minute on an idle 2-core machine; a busy one, several.
    const failed = page.locator(".demo-choice .q-callout");
    await expect
      .poll(async () => ((await failed.count()) > 0 ? "failed" : new URL(page.url()).pathname), {
        timeout: 540_000,
        interval: 500,
      })
      .toBe("/");
    const verdict = page.locator(".monitor-verdict__text");
    await expect.poll(() => verdict.count(), { timeout: 90_000, interval: 500 }).toBe(1);
    expect(spaced(await verdict.textContent())).toContain(ru.functions.farming);
    expect(await page.locator('.monitor-leg[data-function="farming"]').getAttribute("data-state")).toBe(
      "bad",
    );
    await expectNoLeaks(page);
    await expectRussian(page, ["VIP"]);
    await screenshot(page, "demo-home-ru");
  }, 600_000);

  it("fits a 390 px phone", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(() => page.locator(".monitor-verdict__text").count()).toBe(1);
    await expectNoSideScroll(page);
    await screenshot(page, "demo-home-ru-390");
  });
});
