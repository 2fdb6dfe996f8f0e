import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import {
  anna,
  inviteThroughApi,
  ivan,
  signUpThroughApi,
  signUpWithOrganisation,
} from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { atPhoneInBothLanguages, expectNoLeaks, expectRussian, spaced } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;

const cities = ["Москва", "Казань", "Тверь", "Омск", "Томск", "Пермь", "Самара", "Уфа", "Сочи", "Тула"];
const trades = ["Кабель", "Свет", "Щит"];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "ИП Петрова");
  // Thirty won clients, and only the owner covers farming: time to hire a farmer.
  for (const city of cities)
    for (const trade of trades)
      await mutateFromPage(browser.page, "core.clients.create", {
        kind: "company",
        name: `ООО ${trade}-${city}`,
        stage: "customer",
      });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const farmer = () => browser.page.locator('[data-signal="hire-farmer"]');
const card = () => browser.page.locator(".readiness");

/** The hire-farmer advice in `dict`'s words, as the team page shows it. */
async function expectFarmerAdvice(dict: typeof ru | typeof en, sentence: string) {
  await expect.poll(() => farmer().count()).toBe(1);
  expect(await card().locator(".q-callout__title").first().textContent()).toBe(
    dict.readiness.headline["hire-farmer"],
  );
  expect(spaced(await farmer().locator(".readiness-signal__text").textContent())).toBe(sentence);
  expect(
    await farmer().getByRole("link", { name: dict.readiness.act["hire-farmer"] }).getAttribute("href"),
  ).toBe("/team?tab=members");
  expect(await farmer().getByRole("button", { name: dict.readiness.dismiss }).count()).toBe(1);
  expect(await farmer().getByRole("button", { name: dict.readiness.snooze }).count()).toBe(1);
  await expectNoLeaks(browser.page, /hire-farmer|split-function|readiness\./);
}

const inRussian = "У вас 30 выигранных клиентов. Развитием клиентов занимаетесь только вы.";
const inEnglish = "You have 30 won clients. Only you cover client development.";

describe("readiness signals on the team page", () => {
  it("advises hiring a farmer with the numbers, in Russian (desktop)", async () => {
    await browser.page.goto(`${server.url}/team`);
    await expectFarmerAdvice(ru, inRussian);
    await expectRussian(browser.page, ["VIP", "API"]);
    await screenshot(browser.page, "readiness-team-ru");
  });

  it("says the same in English", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await expectFarmerAdvice(en, inEnglish);
    await screenshot(page, "readiness-team-en");
  });

  it("fits a 390 px phone in both languages", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expectFarmerAdvice(dict, locale === "ru" ? inRussian : inEnglish);
      await screenshot(page, `readiness-team-${locale}-390`);
      await screenshot(page, `readiness-team-${locale}-390-top`, { fullPage: false });
    });
  });

  it("shows a member who may read but not manage the advice without the hide and remind controls", async () => {
    const role = await mutateFromPage<{ id: string }>(browser.page, "core.roles.create", {
      name: "Смотрит советы",
      permissions: ["core.org.read", "core.monitor.read"],
    });
    const link = await inviteThroughApi(browser.page, ivan.email, role.id);
    const guest = await launchBrowser();
    try {
      await signUpThroughApi(guest.page, server.url, ivan);
      await mutateFromPage(guest.page, "core.invitations.accept", {
        token: new URL(link).searchParams.get("token"),
      });
      await guest.page.goto(`${server.url}/team`);
      const advice = guest.page.locator('[data-signal="hire-farmer"]');
      await expect.poll(() => advice.count()).toBe(1);
      expect(spaced(await advice.locator(".readiness-signal__text").textContent())).toBe(
        "У вас 30 выигранных клиентов. Развитием клиентов занимается только владелец.",
      );
      expect(await advice.getByRole("link", { name: ru.readiness.act["hire-farmer"] }).count()).toBe(1);
      expect(await advice.getByRole("button").count()).toBe(0);
      await screenshot(guest.page, "readiness-team-viewer-ru");
    } finally {
      await guest.close();
    }
  });

  it("gives the same advice on the home page, before the self-diagnostic link", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(`${server.url}/`);
    await expectFarmerAdvice(ru, inRussian);
    const next = page.locator(".home-next");
    expect(await next.locator(".readiness + .home-diagnostic").count()).toBe(1);
    await screenshot(page, "readiness-home-ru");
    await page.goto(`${server.url}/team`);
  });

  it("hides the advice for good: gone at once and after a reload, here and on the home page", async () => {
    const { page } = browser;
    await farmer().getByRole("button", { name: ru.readiness.dismiss }).click();
    await expect.poll(() => farmer().count()).toBe(0);
    // The list is read again after the reload: the advice stays hidden, not merely not loaded yet.
    const listed = page.waitForResponse((r) => r.url().includes("core.readiness.list") && r.ok());
    await page.reload();
    await listed;
    expect(await farmer().count()).toBe(0);
    expect(await card().count()).toBe(0);
    await screenshot(page, "readiness-team-dismissed-ru");
    const home = page.waitForResponse((r) => r.url().includes("core.readiness.list") && r.ok());
    await page.goto(`${server.url}/`);
    await home;
    expect(await farmer().count()).toBe(0);
  });
});
