import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en as fsEn } from "../../../plugins/first-sale/src/admin/i18n/en.ts";
import { ru as fsRu } from "../../../plugins/first-sale/src/admin/i18n/ru.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { atPhoneInBothLanguages, expectNoLeaks, expectRussian, spaced } from "./support/screen-checks.ts";
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

describe("leads qualified before first sale", () => {
  it("are offered as deals when first sale is enabled, and become one deal each", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "Лидогенерация");
    const companies = ["ООО Альфа", "ООО Бета", "ООО Гамма"];
    for (const company of companies) await qualifiedLead(page, company);
    await enablePlugin(page, server.url, "Первая продажа");
    await page.goto(`${server.url}/deals`);
    const title = fill(fsRu.leads.offer.title.few, { count: 3 });
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
    const pending = await queryFromPage<{ withoutDeal: number }>(page, "firstSale.leads.pending");
    expect(pending.withoutDeal).toBe(0);
  }, 180_000);

  it("links a deal created by hand to the client's lead, and the lead shows its deal", async () => {
    const { page } = browser;
    await mutateFromPage(page, "core.plugins.updateSettings", {
      pluginId: "first-sale",
      settings: { autoCreateDealFromLead: false },
    });
    const lead = await qualifiedLead(page, "ООО Дельта");
    await page.goto(`${server.url}/clients/${lead.clientId}`);
    await page.getByRole("button", { name: fsRu.newDeal.open }).click();
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
