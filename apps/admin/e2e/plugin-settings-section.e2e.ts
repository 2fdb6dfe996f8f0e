import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { atPhoneInBothLanguages, expectRussian, spaced, useLocale } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";

let server: TestServer;
let browser: TestBrowser;
const page = () => browser.page;

beforeAll(async () => {
  // A busy machine takes its time to start the server from sources (27 s measured at load 21).
  server = await startServer({ timeoutMs: 120_000 });
  browser = await launchBrowser();
  await signUpWithOrganisation(page(), server.url, anna, "Ромашка");
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What VIP's settings section says of its default program (one tier, «VIP»), in each language. */
const program = {
  ru: {
    title: "VIP-программа",
    criterion: "Оплачено не меньше 5 000 000 ₽ за 12 мес.",
    terms: "Льготный период до понижения — 90 дн. · срок оплаты — 14 дн. · ревизия раз в 3 мес.",
    edit: "Изменить программу",
  },
  en: {
    title: "VIP program",
    criterion: "Paid at least",
    terms: "Grace before demotion 90 days · payment terms 14 days · review every 3 months",
    edit: "Edit the program",
  },
} as const;

/** Opens VIP's settings from its card on the functions page and answers the dialog once its section shows. */
async function openVipSettings(p: Page, dict: typeof en | typeof ru, locale: "ru" | "en") {
  await p.goto(`${server.url}/functions`);
  const card = p.locator("article.plugin-card").filter({
    has: p.getByRole("heading", { level: 3, name: locale === "ru" ? "VIP-клиенты" : "VIP clients" }),
  });
  await card.getByRole("button", { name: dict.plugins.actions.settings }).click();
  const dialog = p.getByRole("dialog");
  await expect.poll(async () => spaced(await dialog.textContent())).toContain(program[locale].criterion);
  return dialog;
}

describe("a plugin's own settings section (its admin definition's settingsPage)", () => {
  it("shows VIP's program — tiers, criteria in words, terms — in VIP's settings on the functions page", async () => {
    const p = page();
    await enablePlugin(p, server.url, "VIP-клиенты");
    await p.setViewportSize({ width: 1280, height: 900 });
    await useLocale(p, "ru");
    const dialog = await openVipSettings(p, ru, "ru");
    const text = spaced(await dialog.textContent());
    expect(text).toContain(program.ru.title);
    expect(text).toContain(program.ru.terms);
    // VIP has no settings schema: the section is the dialog's whole body, with nothing to save.
    expect(await dialog.getByRole("button", { name: ru.plugins.settings.save }).count()).toBe(0);
    expect(await dialog.getByText(ru.plugins.settings.none).count()).toBe(0);
    await expectRussian(p, ["VIP"]);
    await screenshot(p, "plugin-settings-section-ru", { fullPage: false });

    await useLocale(p, "en");
    const english = await openVipSettings(p, en, "en");
    expect(spaced(await english.textContent())).toContain(program.en.terms);
    await screenshot(p, "plugin-settings-section-en", { fullPage: false });
  });

  it("links to the program editor for those who may change it", async () => {
    const p = page();
    await useLocale(p, "ru");
    const dialog = await openVipSettings(p, ru, "ru");
    await dialog.getByRole("link", { name: program.ru.edit }).click();
    await expect.poll(() => new URL(p.url()).pathname).toBe("/vip/program");
  });

  it("fits a phone in both languages", async () => {
    const p = page();
    await atPhoneInBothLanguages(p, async (locale, dict) => {
      const dialog = await openVipSettings(p, dict, locale);
      expect(spaced(await dialog.textContent())).toContain(program[locale].title);
      await screenshot(p, `plugin-settings-section-phone-${locale}`, { fullPage: false });
    });
  });
});
