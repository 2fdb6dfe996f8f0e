import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { artifactsDir } from "./support/paths.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";
import {
  deskNames,
  expectClean,
  expectNoEnglish,
  expectNoSideScroll,
  plain,
  vipScreens,
} from "./support/vip-pages.ts";
import { backdateRequest } from "./support/vip-request.ts";
import { orderAndPay, seedVipBase } from "./support/vip-seed.ts";

let server: TestServer;
let browser: TestBrowser;
let clients = new Map<string, string>();
let productId = "";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Электромир");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page) => page.locator("h1").first().textContent();
const deskRow = (page: Page, name: string) => page.locator(".q-table tbody tr", { hasText: name });

/** Opens every VIP screen and a client's page, checks each and saves a screenshot of each. */
async function shootEverything(page: Page, suffix: string, russian: boolean) {
  for (const screen of vipScreens) {
    await page.goto(`${server.url}${screen.path}`);
    await expect.poll(() => page.locator(screen.ready).count()).toBeGreaterThan(0);
    await expectNoSideScroll(page);
    await expectClean(page);
    if (russian) await expectNoEnglish(page);
    await screenshot(page, `vip-${screen.name}-${suffix}`);
  }
  await page.goto(`${server.url}/clients/${clients.get("ООО Гигант")}`);
  const widget = page.locator('[data-slot="client.sidePanel"] [data-plugin="vip"]');
  await expect.poll(() => widget.locator('[data-part="why"] li').count()).toBeGreaterThan(0);
  await expectNoSideScroll(page);
  await expectClean(page);
  await widget.scrollIntoViewIfNeeded();
  await widget.screenshot({ path: join(artifactsDir, `vip-client-widget-${suffix}.png`) });
  await page.goto(`${server.url}/`);
  const health = page.locator('[data-slot="dashboard"] [data-plugin="vip"]');
  await expect.poll(() => health.locator(".q-reading").count()).toBe(4);
  await expectNoSideScroll(page);
  await expectClean(page);
  await health.scrollIntoViewIfNeeded();
  await health.screenshot({ path: join(artifactsDir, `vip-dashboard-widget-${suffix}.png`) });
}

describe("vip", () => {
  it("judges a base of clients once VIP is enabled: the default tier takes the 7 млн ₽ client", async () => {
    const { page } = browser;
    ({ clients, productId } = await seedVipBase(page));
    await enablePlugin(page, server.url, "VIP-клиенты");
    await expect.poll(() => deskNames(page), { timeout: 30_000 }).toEqual(["ООО Гигант"]);
  }, 180_000);

  it("shows a field the server refuses at that field", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/vip/program`);
    await expect.poll(() => heading(page)).toBe("VIP-программа");
    const grace = page.getByLabel("Льготный период до понижения, дней");
    await grace.fill("1000");
    await page.getByRole("button", { name: "Посмотреть изменения" }).click();
    await expect
      .poll(() =>
        grace
          .locator("xpath=ancestor::*[contains(@class,'q-field')][1]")
          .locator(".q-field__error")
          .textContent(),
      )
      .toBe("Не больше 730 дней");
    await grace.fill("90");
  }, 120_000);

  it("previews a lower threshold — «ООО Вектор» will be promoted — then saves it and shows Вектор on the desk", async () => {
    const { page } = browser;
    await page.getByLabel("Не меньше, ₽").fill("3 000 000");
    await page.getByRole("button", { name: "Посмотреть изменения" }).click();
    const promoted = page.locator('[data-group="promoted"]');
    await expect.poll(async () => plain(await promoted.textContent())).toContain("Будут повышены: 1");
    expect(plain(await promoted.textContent())).toContain("ООО Вектор");
    expect(plain(await promoted.textContent())).toContain("оплачено 3,5 млн ₽ за 12 месяцев ≥ 3 млн ₽");
    expect(plain(await promoted.textContent())).not.toContain("ООО Старт");
    await expectClean(page);
    await expectNoEnglish(page);
    await page.locator(".vip-preview").scrollIntoViewIfNeeded();
    await screenshot(page, "vip-preview-ru", { fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSideScroll(page);
    await page.locator(".vip-preview").scrollIntoViewIfNeeded();
    await screenshot(page, "vip-preview-ru-390", { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole("button", { name: "Сохранить программу" }).click();
    await expect.poll(() => page.getByText("Программа сохранена").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Ключевые клиенты" }).click();
    await page.waitForURL(/\/vip$/);
    const vector = deskRow(page, "ООО Вектор");
    await expect.poll(() => vector.count()).toBe(1);
    expect(plain(await vector.locator('[data-tier="vip"]').textContent())).toContain("VIP");
    expect(plain(await vector.textContent())).toContain("3 500 000 ₽");
  }, 120_000);

  it("promotes a client by a payment that lifts it over the threshold", async () => {
    const { page } = browser;
    const start = clients.get("ООО Старт") ?? "";
    expect(await deskNames(page)).not.toContain("ООО Старт");
    await orderAndPay(page, start, productId, 10, 0);
    await expect.poll(() => deskNames(page), { timeout: 30_000 }).toContain("ООО Старт");
    await page.goto(`${server.url}/clients/${start}`);
    const widget = page.locator('[data-slot="client.sidePanel"] [data-plugin="vip"]');
    await expect
      .poll(async () => plain(await widget.textContent()))
      .toContain("оплачено 3,5 млн ₽ за 12 месяцев ≥ 3 млн ₽");
  }, 120_000);

  it("walks the desk with the keyboard: arrows between clients, Enter opens one", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/vip`);
    await expect.poll(() => page.locator(".q-table tbody tr").count()).toBe(3);
    expect(await page.locator('[data-stat="clients"]').textContent()).toContain("3");
    await page.locator(".q-table tbody tr").first().focus();
    await page.keyboard.press("ArrowDown");
    const second = await page.locator(".q-table tbody tr").nth(1).textContent();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(second);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/clients\//);
  }, 120_000);

  it("shows a breached request on the client's widget, the desk and the SLA report", async () => {
    const { page } = browser;
    const giant = clients.get("ООО Гигант") ?? "";
    const task = await mutateFromPage<{ id: string }>(page, "core.tasks.create", {
      title: "Прислать счёт на доп. поставку",
      clientId: giant,
      mark: "client-request",
    });
    await backdateRequest(server.dataDir, {
      taskId: task.id,
      clientId: giant,
      tierKey: "vip",
      slaMinutes: 240,
      hoursAgo: 7 * 24,
    });
    await page.goto(`${server.url}/clients/${giant}`);
    const widget = page.locator('[data-slot="client.sidePanel"] [data-plugin="vip"]');
    await expect
      .poll(async () => plain(await widget.locator('[data-part="sla"]').textContent()))
      .toMatch(/просрочено на \d/);
    await expectClean(page);
    await page.goto(`${server.url}/vip`);
    await expect.poll(() => deskRow(page, "ООО Гигант").locator('[data-sla="breached"]').count()).toBe(1);
    await page.goto(`${server.url}/vip/sla`);
    await expect.poll(() => page.locator(".q-table tbody tr", { hasText: "ООО Гигант" }).count()).toBe(1);
    expect(plain(await page.locator('[data-stat="breached"]').textContent())).toContain("1");
    await expectClean(page);
    await expectNoEnglish(page);
  }, 120_000);

  it("excludes a client by hand with a reason and a last day, then removes the decision", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/clients/${clients.get("ООО Старт")}`);
    const widget = page.locator('[data-slot="client.sidePanel"] [data-plugin="vip"]');
    await expect.poll(() => widget.locator('[data-part="why"] li').count()).toBeGreaterThan(0);
    await widget.getByRole("button", { name: "Решить вручную" }).click();
    const dialog = page.getByRole("dialog", { name: "Ручное решение" });
    await dialog.locator(".q-select__trigger").first().click();
    await page.locator(".q-select__item", { hasText: "Исключить из VIP" }).click();
    await dialog.getByLabel("Причина").fill("Просрочки по оплате, решение директора");
    await dialog.getByLabel("Последний день (необязательно)").fill("2027-03-31");
    await dialog.getByRole("button", { name: "Применить" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const override = widget.locator('[data-part="override"]');
    await expect
      .poll(async () => plain(await override.textContent()))
      .toContain("Исключён вручную — Просрочки по оплате, решение директора (до 31 мар. 2027 г.)");
    expect(await deskNames(page)).not.toContain("ООО Старт");
    await expectClean(page);
    await widget.scrollIntoViewIfNeeded();
    await widget.screenshot({ path: join(artifactsDir, "vip-client-excluded-ru.png") });
    await override.getByRole("button", { name: "Снять ручное решение" }).click();
    await expect.poll(() => deskNames(page), { timeout: 30_000 }).toContain("ООО Старт");
  }, 120_000);

  it("looks right in Russian on a desktop and on a 390 px phone", async () => {
    const { page } = browser;
    await shootEverything(page, "ru", true);
    await page.setViewportSize({ width: 390, height: 844 });
    await shootEverything(page, "ru-390", true);
    await page.setViewportSize({ width: 1280, height: 860 });
  }, 240_000);

  it("speaks English when the language is switched", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.goto(`${server.url}/vip`);
    await expect.poll(() => heading(page)).toBe("Key accounts");
    await shootEverything(page, "en", false);
    await page.setViewportSize({ width: 390, height: 844 });
    await shootEverything(page, "en-390", false);
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.evaluate(() => localStorage.setItem("quartet.locale", "ru"));
  }, 240_000);
});
