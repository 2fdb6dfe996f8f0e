import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en as fsEn } from "../../../plugins/first-sale/src/admin/i18n/en.ts";
import { ru as fsRu } from "../../../plugins/first-sale/src/admin/i18n/ru.ts";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import {
  atPhoneInBothLanguages,
  expectNoLeaks,
  expectNoSideScroll,
  expectRussian,
  spaced,
  useLocale,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  // A loaded machine (several helpers at once) takes longer than the default to start the server.
  server = await startServer({ timeoutMs: 120_000 });
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A request for `company` entered in prospecting and qualified: a lead. */
async function qualifiedLead(page: Page, company: string) {
  const request = await mutateFromPage<{ id: string }>(page, "prospecting.inbox.create", {
    source: "manual",
    name: "Пётр Сидоров",
    company,
  });
  const qualified = await mutateFromPage<{ clientId: string }>(page, "prospecting.inbox.qualify", {
    requestId: request.id,
  });
  return { requestId: request.id, clientId: qualified.clientId };
}

const offer = (page: Page, words: typeof fsRu | typeof fsEn = fsRu) =>
  page.locator(".q-callout").filter({ hasText: words.leads.offer.confirm });
const dialog = (page: Page) => page.getByRole("dialog");

/** Enables first sale from its card on the functions page, in the page's language (`app`). */
async function enableFirstSale(page: Page, app: typeof en | typeof ru, name: string) {
  await page.goto(`${server.url}/functions`);
  const card = page
    .locator("article.plugin-card")
    .filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
  await card.getByRole("button", { name: app.plugins.actions.enable }).click();
  await dialog(page).getByRole("button", { name: app.plugins.actions.enable }).click();
}

describe("leads qualified before first sale", () => {
  it("are offered as deals in the dialog that enables first sale, and become one deal each", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "Лидогенерация");
    const companies = ["ООО Альфа", "ООО Бета", "ООО Гамма"];
    for (const company of companies) await qualifiedLead(page, company);

    // In English on a phone: the dialog turns into the offer once first sale is on; closing it keeps the offer.
    await page.setViewportSize({ width: 390, height: 844 });
    await useLocale(page, "en");
    await enableFirstSale(page, en, "First sale");
    const english = fill(fsEn.leads.offer.title.other, { count: 3 });
    await expect
      .poll(() => offer(page, fsEn).textContent().then(spaced), { timeout: 30_000 })
      .toContain(english);
    expect(await dialog(page).textContent().then(spaced)).toContain(
      fill(en.plugins.enable.done, { name: "First sale" }),
    );
    await expectNoSideScroll(page);
    await screenshot(page, "leads-enable-offer-phone-en", { fullPage: false });
    await dialog(page).getByRole("button", { name: en.common.close }).click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    await mutateFromPage(page, "core.plugins.disable", { pluginId: "first-sale" });

    // In Russian, enabled again: the same offer, taken in the dialog, with its progress.
    await page.setViewportSize({ width: 1280, height: 860 });
    await useLocale(page, "ru");
    await enableFirstSale(page, ru, "Первая продажа");
    const title = fill(fsRu.leads.offer.title.few, { count: 3 });
    await expect.poll(() => offer(page).textContent().then(spaced), { timeout: 30_000 }).toContain(title);
    await screenshot(page, "leads-enable-offer-ru", { fullPage: false });
    await expectRussian(page);
    await expectNoLeaks(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSideScroll(page);
    await screenshot(page, "leads-enable-offer-phone-ru", { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 860 });
    await offer(page).getByRole("button", { name: fsRu.leads.offer.confirm }).click();
    await expect.poll(() => dialog(page).count(), { timeout: 30_000 }).toBe(0);
    await page.goto(`${server.url}/deals`);
    for (const company of companies)
      await expect.poll(() => page.locator(".fs-card").filter({ hasText: company }).count()).toBe(1);
    expect(await offer(page).count()).toBe(0);
    const pending = await queryFromPage<{ withoutDeal: number }>(page, "firstSale.leads.pending");
    expect(pending.withoutDeal).toBe(0);
  }, 240_000);

  it("closes the enable dialog at once when nothing waits, and the board offers leads left without a deal", async () => {
    const { page } = browser;
    // Farming has nothing to offer on enabling: its dialog closes as before.
    await enablePlugin(page, server.url, "Развитие клиентов");
    await expect.poll(() => dialog(page).count()).toBe(0);

    await mutateFromPage(page, "core.plugins.updateSettings", {
      pluginId: "first-sale",
      settings: { autoCreateDealFromLead: false },
    });
    const companies = ["ООО Эпсилон", "ООО Дзета"];
    for (const company of companies) await qualifiedLead(page, company);
    await page.goto(`${server.url}/deals`);
    const title = fill(fsRu.leads.offer.title.few, { count: 2 });
    await expect.poll(() => offer(page).textContent().then(spaced)).toContain(title);
    await screenshot(page, "leads-offer-ru");
    await expectRussian(page);
    await expectNoLeaks(page);
    await atPhoneInBothLanguages(page, async (locale) => {
      const words = locale === "ru" ? fsRu : fsEn;
      await expect.poll(() => offer(page, words).count()).toBe(1);
      await expect.poll(() => page.getByRole("button", { name: words.leads.offer.confirm }).count()).toBe(1);
      await screenshot(page, `leads-offer-phone-${locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.getByRole("button", { name: fsRu.leads.offer.confirm }).click();
    await expect.poll(() => offer(page).count(), { timeout: 30_000 }).toBe(0);
    for (const company of companies)
      await expect.poll(() => page.locator(".fs-card").filter({ hasText: company }).count()).toBe(1);
    await screenshot(page, "leads-offer-done-ru");
  }, 180_000);

  it("links a deal created by hand to the client's lead, and the lead shows its deal", async () => {
    const { page } = browser;
    const lead = await qualifiedLead(page, "ООО Дельта");
    await page.goto(`${server.url}/clients/${lead.clientId}`);
    // Farming, enabled above, has a deal button of its own on the card: first sale's is the one.
    await page.locator('[data-plugin="first-sale"]').getByRole("button", { name: fsRu.newDeal.open }).click();
    await dialog(page).getByLabel(fsRu.newDeal.dealTitle).fill("Поставка сыра");
    const field = dialog(page).locator(".q-field").filter({ hasText: fsRu.leads.picker.label });
    await field.locator(".q-select__trigger").first().click();
    await page.locator(".q-select__item").filter({ hasText: "квалифицирован" }).first().click();
    await screenshot(page, "leads-new-deal-dialog-ru", { fullPage: false });
    await dialog(page).getByRole("button", { name: fsRu.newDeal.submit }).click();
    await expect.poll(() => dialog(page).count(), { timeout: 30_000 }).toBe(0);
    // The client's handoff list says why its receiver got the lead.
    const why = page.getByText(ru.handoffs.assigned["round-robin"]);
    await expect.poll(() => why.count()).toBeGreaterThan(0);
    await why.first().scrollIntoViewIfNeeded();
    await screenshot(page, "leads-client-handoff-ru", { fullPage: false });

    const deal = await queryFromPage<{ id: string; title: string } | null>(page, "firstSale.deals.ofLead", {
      leadRequestId: lead.requestId,
    });
    expect(deal?.title).toBe("Поставка сыра");
    await page.goto(`${server.url}/deals/${deal?.id}`);
    const card = page.locator(".fs-lead-card");
    await expect.poll(() => card.getByRole("link", { name: fsRu.leads.card.open }).count()).toBe(1);
    await screenshot(page, "leads-deal-page-ru");
    await expectRussian(page);
    await expectNoLeaks(page);

    await card.getByRole("link", { name: fsRu.leads.card.open }).click();
    await page.waitForURL(/\/leads\?request=/);
    const shown = page.locator(".fs-lead-deal");
    await expect.poll(() => shown.getByRole("link", { name: "Поставка сыра" }).count()).toBe(1);
    await screenshot(page, "leads-request-deal-ru");
    await atPhoneInBothLanguages(page, async (locale) => {
      const words = locale === "ru" ? fsRu : fsEn;
      await expect.poll(() => shown.textContent().then(spaced)).toContain(words.leads.ofLead.title);
      await screenshot(page, `leads-request-deal-phone-${locale}`);
    });
  }, 180_000);
});
