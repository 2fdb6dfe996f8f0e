import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { expectNoLeaks, expectNoSideScroll, expectRussian } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
let clientId = "";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const { page } = browser;
  await signUpWithOrganisation(page, server.url, anna, "ООО Квартет");
  await mutateFromPage(page, "core.plugins.enable", { pluginId: "prospecting" });
  await mutateFromPage(page, "core.plugins.enable", { pluginId: "first-sale" });
  const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", {
    kind: "company",
    name: "ООО «Ромашка»",
    inn: "7707083893",
    phones: ["+7 (916) 123-45-67"],
  });
  clientId = client.id;
  await mutateFromPage(page, "core.clients.create", { kind: "company", name: "ООО «Ромб»" });
  await mutateFromPage(page, "firstSale.deals.create", { clientId, title: "Поставка кофе" });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const panel = () => browser.page.locator(".search-panel");
const input = () => browser.page.getByRole("combobox");
const options = () => browser.page.locator(".search-hit");
const selected = () => browser.page.locator('.search-hit[aria-selected="true"] .search-hit__label');

/** Opens the app on the home page in `locale` at `width`. */
async function home(locale: "ru" | "en", width = 1280) {
  const { page } = browser;
  await page.setViewportSize({ width, height: width < 600 ? 844 : 860 });
  await page.goto(`${server.url}/`);
  await page.evaluate((l) => localStorage.setItem("quartet.locale", l), locale);
  await page.reload();
  await page.locator(".search-trigger").waitFor();
}

describe("global search in the top bar", () => {
  it("opens on Ctrl+K, finds a client by a phone typed any way, arrows to it and opens it on Enter (ru)", async () => {
    const { page } = browser;
    await home("ru");
    expect(await page.locator(".search-trigger__kbd").innerText()).toBe("Ctrl K");
    await page.keyboard.press("Control+k");
    await expect.poll(() => input().evaluate((el) => el === document.activeElement)).toBe(true);
    await input().fill("8 916 123 45 67");
    await expect.poll(() => options().count()).toBe(2);
    expect(await page.locator(".search-group__title").allTextContents()).toEqual(["Клиенты", "Сделки"]);
    const first = options().first();
    expect(await first.locator(".search-hit__label").innerText()).toBe("ООО «Ромашка»");
    expect(await first.locator(".search-hit__match").innerText()).toBe(
      `${ru.search.field.phone}: +7 (916) 123-45-67`,
    );
    expect(await options().nth(1).locator(".search-hit__detail").innerText()).toBe("ООО «Ромашка»");
    await page.keyboard.press("ArrowDown");
    expect(await selected().innerText()).toBe("Поставка кофе");
    await page.keyboard.press("ArrowDown");
    expect(await selected().innerText()).toBe("ООО «Ромашка»");
    // Key names ("Ctrl", "Esc") are allowed on every Russian screen; "VIP" is the home page's own.
    await expectRussian(page, ["VIP"]);
    await expectNoLeaks(page);
    await screenshot(page, "search-phone-ru", { fullPage: false });
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/clients/${clientId}`);
    expect(await panel().count()).toBe(0);
  });

  it("opens on / when not typing, groups by kind with names only, closes on Escape", async () => {
    const { page } = browser;
    await home("ru");
    await page.keyboard.press("/");
    await input().fill("ром");
    const labels = () => page.locator(".search-hit__label").allInnerTexts();
    await expect.poll(labels).toEqual(["ООО «Ромашка»", "ООО «Ромб»", "Поставка кофе"]);
    await input().fill("Ромашка Плюс");
    await expect
      .poll(() => page.locator(".search-panel__note").innerText())
      .toBe("По запросу «Ромашка Плюс» ничего не нашлось");
    await page.keyboard.press("Escape");
    expect(await panel().count()).toBe(0);
    await expect
      .poll(() => page.locator(".search-trigger").evaluate((el) => el === document.activeElement))
      .toBe(true);
  });

  it("leaves / to a field being typed in", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/clients`);
    const field = page.getByRole("searchbox").first();
    await field.click();
    await page.keyboard.type("a/b");
    expect(await panel().count()).toBe(0);
    expect(await field.inputValue()).toBe("a/b");
  });

  it("says the same in English and finds a deal by its client's name", async () => {
    const { page } = browser;
    await home("en");
    await page.locator(".search-trigger").click();
    await input().fill("ромашка");
    await expect
      .poll(() => page.locator(".search-group__title").allTextContents())
      .toEqual(["Clients", "Deals"]);
    // The deal names its client once: found by it, so no separate "Client:" line.
    expect(await options().nth(1).locator(".search-hit__detail").innerText()).toBe("ООО «Ромашка»");
    expect(await options().nth(1).locator(".search-hit__match").count()).toBe(0);
    await expectNoLeaks(page);
    await screenshot(page, "search-client-en", { fullPage: false });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/deals\/deal_/);
  });

  it("opens as a full-screen sheet on a 390 px phone", async () => {
    const { page } = browser;
    for (const locale of ["ru", "en"] as const) {
      await home(locale, 390);
      await expectNoSideScroll(page);
      await screenshot(page, `search-bar-${locale}-390`, { fullPage: false });
      await page.locator(".search-trigger").click();
      await input().fill("7707083893");
      await expect.poll(() => options().count()).toBe(2);
      const box = await panel().boundingBox();
      expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
      await expectNoSideScroll(page);
      await screenshot(page, `search-sheet-${locale}-390`, { fullPage: false });
      await page.getByRole("button", { name: (locale === "ru" ? ru : en).search.close }).click();
      expect(await panel().count()).toBe(0);
    }
  });

  it("hides the key hints on a touch screen", async () => {
    const { page } = browser;
    await home("ru");
    expect(await page.locator(".search-trigger__kbd").isVisible()).toBe(true);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
    await cdp.send("Emulation.setEmitTouchEventsForMouse", { enabled: true, configuration: "mobile" });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => matchMedia("(hover: none), (pointer: coarse)").matches))
      .toBe(true);
    await expect.poll(() => page.locator(".search-trigger__kbd").isVisible()).toBe(false);
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: false });
    await cdp.send("Emulation.setEmitTouchEventsForMouse", { enabled: false });
    await cdp.detach();
  });
});

describe("the + menu", () => {
  it("creates a task with a due date from anywhere (ru), and offers a client and a deal", async () => {
    const { page } = browser;
    await home("ru");
    await page.getByRole("button", { name: ru.quickAdd.open }).click();
    expect(await page.getByRole("menuitem").allInnerTexts()).toEqual(["Клиента", "Лида", "Сделку", "Задачу"]);
    await screenshot(page, "quick-add-menu-ru", { fullPage: false });
    await page.getByRole("menuitem", { name: ru.quickAdd.task }).click();
    const dialog = page.getByRole("dialog", { name: ru.quickAdd.taskTitle });
    await dialog.getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => dialog.getByText(ru.quickAdd.dueRequired).count()).toBe(1);
    await dialog.getByLabel(ru.clientPage.composer.taskTitle).fill("Позвонить в «Ромашку»");
    await dialog.getByLabel(ru.clientPage.composer.dueDate).fill("2030-03-14");
    await dialog.getByLabel(ru.clientPage.composer.dueTime).fill("11:30");
    await expectRussian(page, ["VIP"]);
    await screenshot(page, "quick-add-task-ru", { fullPage: false });
    await dialog.getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    const mine = await queryFromPage<{ title: string; dueAt: number | null }[] | { items: unknown[] }>(
      page,
      "core.tasks.mine",
    );
    expect(JSON.stringify(mine)).toContain("Позвонить в «Ромашку»");
  });

  it("opens first sale's new-deal dialog and the client form (en, 390 px)", async () => {
    const { page } = browser;
    await home("en", 390);
    await page.getByRole("button", { name: en.quickAdd.open }).click();
    await page.getByRole("menuitem", { name: "Deal" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(1);
    await expectNoSideScroll(page);
    await screenshot(page, "quick-add-deal-en-390", { fullPage: false });
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await page.getByRole("button", { name: en.quickAdd.open }).click();
    await page.getByRole("menuitem", { name: en.quickAdd.client }).click();
    await expect.poll(() => page.getByRole("dialog", { name: en.clients.form.title }).count()).toBe(1);
  });

  it("takes a lead by hand, finds it by phone typed another way and opens it in the inbox (ru)", async () => {
    const { page } = browser;
    // An older request first: the inbox shows it unless told which one to open.
    await mutateFromPage(page, "prospecting.inbox.create", {
      name: "Пётр Иванов",
      phone: "+7 900 000-00-01",
    });
    await home("ru");
    await page.getByRole("button", { name: ru.quickAdd.open }).click();
    await page.getByRole("menuitem", { name: "Лида" }).click();
    const dialog = page.getByRole("dialog", { name: "Новый лид" });
    await dialog.getByLabel("Телефон").fill("12");
    await dialog.getByLabel("Имя").fill("Мария Соколова");
    await dialog.getByRole("button", { name: "Добавить во входящие" }).click();
    await expect.poll(() => dialog.getByText("Это не номер телефона").count()).toBe(1);
    await dialog.getByLabel("Телефон").fill("8 926 555-12-34");
    await expectRussian(page, ["VIP"]);
    await screenshot(page, "quick-add-lead-ru", { fullPage: false });
    await dialog.getByRole("button", { name: "Добавить во входящие" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await page.keyboard.press("Control+k");
    await input().fill("+7 (926) 555 12 34");
    await expect
      .poll(() => page.locator(".search-group__title").allTextContents())
      .toEqual(["Лиды и заявки"]);
    expect(await options().first().locator(".search-hit__label").innerText()).toBe("Мария Соколова");
    expect(await options().first().locator(".search-hit__match").innerText()).toBe(
      "Телефон: +7 (926) 555-12-34",
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).pathname).toBe("/leads");
    const title = page.locator(".q-card__title").getByText("Мария Соколова", { exact: true });
    await expect.poll(() => title.count()).toBe(1);
  });
});
