import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kit as enKit } from "../src/i18n/en/kit.ts";
import { screenshot } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { seedFarmingBase } from "./support/farming-seed.ts";
import {
  atPhoneInBothLanguages,
  expectNoLeaks,
  expectNoSideScroll,
  expectRussian,
  spaced,
  useLocale,
} from "./support/screen-checks.ts";
import { type SignedIn, startSignedIn } from "./support/signed-in.ts";
import { queryFromPage } from "./support/trpc.ts";

let session: SignedIn;
let clients = new Map<string, string>();

beforeAll(async () => {
  session = await startSignedIn("Электромир");
});

afterAll(async () => {
  await session?.stop();
});

/** The kit's components by import name: the only Latin a Russian kit page may show. */
const componentNames = Object.keys(enKit.captions);
const tabList = (page: Page) => page.locator(".client-tabs > .q-tabs__list");
const crossSell = (page: Page) => page.locator('[data-plugin="farming"] .fm-offers-card');

describe("client tabs: an extension point of the client card", () => {
  it("shows the feed alone while no enabled plugin adds a tab", async () => {
    const { page } = session.browser;
    clients = await seedFarmingBase(page);
    await page.goto(`${session.server.url}/clients/${clients.get("ООО Вектор")}`);
    await expect
      .poll(() => page.locator(".client-page__feed .q-card, .client-page__feed form").count())
      .toBeGreaterThan(0);
    expect(await tabList(page).count()).toBe(0);
  }, 120_000);

  it("adds farming's «Кросс-продажи» tab beside the feed once farming is enabled, its offers inside", async () => {
    const { page } = session.browser;
    await enablePlugin(page, session.server.url, "Развитие клиентов");
    await expect
      .poll(
        async () => (await queryFromPage<{ items: unknown[] }>(page, "farming.accounts.day")).items.length,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(1);
    await page.goto(`${session.server.url}/clients/${clients.get("ООО Вектор")}`);
    const tabs = tabList(page);
    await expect.poll(() => tabs.getByRole("tab").allTextContents()).toEqual(["Лента", "Кросс-продажи"]);
    expect(await tabs.getByRole("tab", { selected: true }).textContent()).toBe("Лента");
    await tabs.getByRole("tab", { name: "Кросс-продажи" }).click();
    await expect
      .poll(async () => spaced(await crossSell(page).textContent()))
      .toMatch(/Что предложить: ООО Вектор.*Светильники/);
    await expectNoLeaks(page);
    await expectRussian(page, ["ABC", "XYZ"]);
    await expectNoSideScroll(page);
    await screenshot(page, "sdk-client-tab-ru");
    await tabs.getByRole("tab", { name: "Лента" }).click();
    await expect.poll(() => crossSell(page).count()).toBe(0);
  }, 120_000);

  it("reads in English and fits a phone in both languages", async () => {
    const { page } = session.browser;
    await useLocale(page, "en");
    await tabList(page).getByRole("tab", { name: "Cross-sell" }).click();
    await expect.poll(async () => spaced(await crossSell(page).textContent())).toContain("ООО Вектор");
    await screenshot(page, "sdk-client-tab-en");
    await atPhoneInBothLanguages(page, async (locale) => {
      const name = locale === "ru" ? "Кросс-продажи" : "Cross-sell";
      await tabList(page).getByRole("tab", { name }).click();
      await expect.poll(() => crossSell(page).count()).toBe(1);
      await screenshot(page, `sdk-client-tab-phone-${locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);
});

describe("component kit page", () => {
  const open = async (page: Page) => {
    await page.goto(`${session.server.url}/settings/developer/components`);
    await expect.poll(() => page.locator(".kit-specimen").count()).toBe(componentNames.length);
  };

  it("is linked from the settings and shows every kit component with its caption", async () => {
    const { page } = session.browser;
    await useLocale(page, "ru");
    await page.goto(`${session.server.url}/settings`);
    await page.getByRole("link", { name: "Набор компонентов" }).click();
    await page.waitForURL(/\/settings\/developer\/components$/);
    await open(page);
    expect(await page.locator(".kit-specimen__name").allTextContents()).toEqual(
      expect.arrayContaining(componentNames),
    );
    expect(spaced(await page.locator('[data-component="Button"] figcaption').textContent())).toContain(
      "Действие: основное, второстепенное, тихое или опасное",
    );
    await expectNoLeaks(page);
    await expectRussian(page, componentNames);
    await expectNoSideScroll(page);
    await screenshot(page, "sdk-kit-ru");
  }, 60_000);

  it("opens its dialogs, moves the sample card to another stage and reads in English", async () => {
    const { page } = session.browser;
    await page.getByRole("button", { name: "Новая задача" }).click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.getByLabel("Что сделать").count()).toBe(1);
    await screenshot(page, "sdk-kit-form-dialog-ru", { fullPage: false });
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole("button", { name: "Перенести на этап" }).click();
    await page.getByRole("menuitemradio", { name: "Клиент" }).click();
    await page.getByRole("button", { name: "Перенести на этап" }).click();
    await expect
      .poll(() => page.getByRole("menuitemradio", { name: "Клиент" }).getAttribute("aria-checked"))
      .toBe("true");
    await page.keyboard.press("Escape");
    await useLocale(page, "en");
    await open(page);
    expect(spaced(await page.locator('[data-component="Table"] figcaption').textContent())).toContain(
      "Rows with columns",
    );
    await screenshot(page, "sdk-kit-en");
  }, 60_000);

  it("fits a phone in both languages", async () => {
    const { page } = session.browser;
    await atPhoneInBothLanguages(page, async (locale) => {
      await open(page);
      await screenshot(page, `sdk-kit-phone-${locale}`);
    });
  }, 60_000);
});
