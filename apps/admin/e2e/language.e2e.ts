import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";

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

/** The dictionary chunks the page fetched, by language: `["ru"]`. */
function dictionaryRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const match = /\/assets\/(en|ru)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) seen.push(match[1]);
  });
  return seen;
}

/** Holds requests for one language's dictionary until `release()`; the page waits meanwhile. */
async function holdDictionary(page: Page, locale: "en" | "ru") {
  const held: Route[] = [];
  const pattern = `**/assets/${locale}-*.js`;
  await page.route(pattern, (route) => {
    held.push(route);
  });
  return {
    count: () => held.length,
    release: async () => {
      for (const route of held) await route.continue();
      await page.unroute(pattern);
    },
    fail: async () => {
      for (const route of held) await route.abort();
      await page.unroute(pattern);
    },
  };
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
const switcher = (page: Page) => page.locator(".language-switcher");

describe("the interface language, one dictionary at a time", () => {
  it("loads only the Russian dictionary for a Russian viewer, and English on the switch", async () => {
    const { page } = browser;
    const fetched = dictionaryRequests(page);
    await page.goto(`${server.url}/sign-in`);
    await expect.poll(() => heading(page)).toBe(ru.auth.signIn.title);
    expect(fetched).toEqual(["ru"]);

    const english = await holdDictionary(page, "en");
    await page.getByRole("button", { name: ru.language.en }).click();
    await expect.poll(() => english.count()).toBe(1);
    // While English loads, the page stays Russian (no keys) and the switcher shows it is busy.
    await expect.poll(() => switcher(page).getAttribute("aria-busy")).toBe("true");
    expect(await heading(page)).toBe(ru.auth.signIn.title);
    expect(await page.locator(".language-switcher .q-spinner").count()).toBe(1);
    await screenshot(page, "language-switching", { fullPage: false });

    await english.release();
    await expect.poll(() => heading(page)).toBe(en.auth.signIn.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await switcher(page).getAttribute("aria-busy")).toBe("false");
    expect(fetched).toEqual(["ru", "en"]);
  });

  it("starts an English viewer on the English dictionary alone", async () => {
    const { page } = browser;
    const fetched = dictionaryRequests(page);
    await page.reload();
    await expect.poll(() => heading(page)).toBe(en.auth.signIn.title);
    expect(fetched).toEqual(["en"]);
  });

  it("keeps the current language when the other one cannot be loaded, says so, and switches on a retry", async () => {
    const { page } = browser;
    const russian = await holdDictionary(page, "ru");
    await page.getByRole("button", { name: en.language.ru }).click();
    await expect.poll(() => russian.count()).toBe(1);
    await russian.fail();
    await expect.poll(() => page.locator(".q-toast__title").textContent()).toBe(en.language.loadFailed);
    expect(await heading(page)).toBe(en.auth.signIn.title);
    expect(await switcher(page).getAttribute("aria-busy")).toBe("false");

    await page.getByRole("button", { name: en.language.ru }).click();
    await expect.poll(() => heading(page)).toBe(ru.auth.signIn.title);
  });

  it("says in the viewer's language that the interface cannot start when its dictionary does not load", async () => {
    const { page } = browser;
    await page.route("**/assets/ru-*.js", (route) => route.abort());
    await page.reload();
    await expect.poll(() => page.locator("#root").textContent()).toMatch(/^Не удалось загрузить интерфейс/);
    await page.unroute("**/assets/ru-*.js");
  });

  it("shows the account menu busy while English loads for a signed-in viewer, on a phone too", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await signUpWithOrganisation(page, server.url, anna, "Ромашка");
    await page.goto(`${server.url}/`);
    await expect.poll(() => heading(page)).toBe(ru.status.title);

    const english = await holdDictionary(page, "en");
    const account = page.getByRole("button", { name: fill(ru.userMenu.label, { name: anna.name }) });
    await account.click();
    await page.getByRole("menuitemradio", { name: ru.language.en }).click();
    await expect.poll(() => english.count()).toBe(1);
    // The request is held as soon as it leaves; the busy avatar is drawn on the next frame.
    await expect.poll(() => account.locator(".q-spinner").count()).toBe(1);
    expect(await heading(page)).toBe(ru.status.title);
    await screenshot(page, "language-switching-account-narrow", { fullPage: false });

    await english.release();
    await expect.poll(() => heading(page)).toBe(en.status.title);
    expect(await account.locator(".q-spinner").count()).toBe(0);
  });
});
