import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { expectNoLeaks, expectNoSideScroll, expectRussian, spaced } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dialog = () => browser.page.getByRole("dialog");
const card = (name: string) =>
  browser.page
    .locator("article.plugin-card")
    .filter({ has: browser.page.getByRole("heading", { level: 3, name, exact: true }) });
// biome-ignore lint/performance/useDomNodeTextContent: only the text a person sees counts
const dialogText = async () => spaced(await dialog().innerText());

async function openSettings(name: string, button = ru.plugins.actions.settings) {
  await card(name).getByRole("button", { name: button }).click();
  await expect.poll(() => dialog().locator(".q-schema-form").count()).toBe(1);
}

/** Picks an option of a ui Select by the field's label, inside the dialog. */
async function choose(label: string, option: string) {
  const field = dialog()
    .locator(".q-field")
    .filter({ has: browser.page.locator(".q-field__label", { hasText: label }) });
  await field.locator(".q-select__trigger").first().click();
  await browser.page.locator(".q-select__item", { hasText: option }).first().click();
}

/** The Russian names of the lost reasons, in the order of the rows. */
const reasonNames = () =>
  dialog()
    .locator(".q-list-field__row")
    .evaluateAll((rows) => rows.map((row) => row.querySelector("input")?.value ?? ""));

/** The list row whose Russian name is `name`. */
async function reasonRow(name: string) {
  const index = (await reasonNames()).indexOf(name);
  expect(index, name).toBeGreaterThanOrEqual(0);
  return dialog().locator(".q-list-field__row").nth(index);
}

/** The visible screen shows no JSON, no setting keys, no English (but the names of things). */
async function expectPlainRussian(keys: readonly string[]) {
  const text = await dialogText();
  expect(text).not.toContain("{");
  for (const key of keys) expect(text).not.toContain(key);
  await expectNoLeaks(browser.page);
  // Product and protocol names a Russian screen may show: cards behind the dialog and prospecting's hints.
  await expectRussian(browser.page, [
    "VIP",
    "Telegram",
    "BotFather",
    "ABC",
    "XYZ",
    "Forwarded",
    "For",
    "https",
    "crm",
    "example",
  ]);
}

const firstSaleKeys = [
  "wonWhen",
  "lostReasons",
  "monthlyTargetMinor",
  "Won when",
  "Lost reasons",
  "Monthly target minor",
  "9 007 199",
];

describe("settings forms of the built-in plugins, without JSON", () => {
  it("asks for first sale's settings as a form when enabling it; the plugins without settings have no button", async () => {
    await enablePlugin(browser.page, server.url, "Лидогенерация");
    await card("Первая продажа").getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect.poll(() => dialog().locator(".q-schema-form").count()).toBe(1);
    await expectPlainRussian(firstSaleKeys);
    await dialog().getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await enablePlugin(browser.page, server.url, "Развитие клиентов");
    for (const name of ["Развитие клиентов", "Лидогенерация", "Первая продажа"]) {
      expect(await card(name).getByRole("button", { name: ru.plugins.actions.disable }).count(), name).toBe(
        1,
      );
    }
    expect(
      await card("Развитие клиентов").getByRole("button", { name: ru.plugins.actions.settings }).count(),
    ).toBe(0);
  });

  it("opens first sale's settings in Russian: a won rule choice, reasons as rows, the target in roubles", async () => {
    const { page } = browser;
    await openSettings("Первая продажа");
    const text = await dialogText();
    for (const label of [
      "Когда сделка считается выигранной",
      "Оплачен полностью",
      "Причины проигрыша",
      "План продаж на месяц, ₽",
      "Срок действия коммерческого предложения, дней",
      "По очереди",
    ]) {
      expect(text, label).toContain(label);
    }
    // The seller's requisites are the organisation's (Settings → Requisites), not first sale's own.
    expect(text).not.toContain("Реквизиты организации");
    const headings = await dialog().locator(".q-form-section__title").allTextContents();
    expect(headings).toEqual(["Сделки", "План продаж", "Коммерческие предложения"]);
    expect(await dialog().getByLabel("План продаж на месяц, ₽").inputValue()).toBe("0");
    expect(await reasonNames()).toContain("Цена: дорого");
    await expectPlainRussian(firstSaleKeys);
    await screenshot(page, "settings-first-sale-ru", { fullPage: false });
  });

  it("edits the won rule to prepayment ≥ 30 %, a lost reason and the monthly target, and keeps them", async () => {
    const { page } = browser;
    await choose("Когда сделка считается выигранной", "Внесена предоплата");
    const percent = dialog().getByLabel("Предоплата не меньше, %");
    await expect.poll(() => percent.count()).toBe(1);
    await percent.fill("30");

    await (await reasonRow("Цена: дорого")).getByLabel("Название — по-русски").fill("Слишком дорого");
    await dialog().getByRole("button", { name: "Добавить: причина" }).click();
    const added = dialog().locator(".q-list-field__row").last();
    await added.getByLabel("Название — по-русски").fill("Ушли в тендер");
    await added.getByLabel("Название — по-английски").fill("Lost a tender");
    await added.getByRole("button", { name: /^Выше/ }).click();
    const silent = await reasonRow("Пропал, не отвечает");
    await silent.getByRole("button", { name: /^Удалить/ }).click();

    const target = dialog().getByLabel("План продаж на месяц, ₽");
    await target.fill("полтора");
    await dialog().getByRole("button", { name: ru.plugins.settings.save }).click();
    await expect.poll(dialogText).toContain("Введите число");
    await target.fill("1 500 000,50");
    await target.scrollIntoViewIfNeeded();
    await screenshot(page, "settings-first-sale-edited-ru", { fullPage: false });
    await dialog().getByRole("button", { name: ru.plugins.settings.save }).click();
    await expect.poll(() => dialog().count()).toBe(0);

    const { plugins } = await queryFromPage<{ plugins: { id: string; settings: Record<string, unknown> }[] }>(
      page,
      "core.plugins.list",
    );
    const stored = plugins.find((p) => p.id === "first-sale")?.settings ?? {};
    expect(stored.wonWhen).toEqual({ kind: "prepayment", percent: 30 });
    expect(stored.monthlyTargetMinor).toBe(150_000_050);
    const reasons = stored.lostReasons as { key: string; label: { ru: string } }[];
    expect(reasons.map((r) => r.label.ru)).toEqual([
      "Слишком дорого",
      "Выбрали конкурента",
      "Нет бюджета",
      "Не приняли решение",
      "Не сейчас: сроки",
      "Не подходит продукт",
      "Ушли в тендер",
      "Другое",
    ]);
    expect(reasons.map((r) => r.key)).toEqual([
      "price",
      "competitor",
      "no-budget",
      "no-decision",
      "timing",
      "not-a-fit",
      "lost-a-tender",
      "other",
    ]);

    await openSettings("Первая продажа");
    expect(await dialog().getByLabel("Предоплата не меньше, %").inputValue()).toBe("30");
    expect(await dialogText()).toContain("Внесена предоплата");
    expect(spaced(await dialog().getByLabel("План продаж на месяц, ₽").inputValue())).toBe("1 500 000,50");
    expect(await reasonNames()).toEqual(reasons.map((r) => r.label.ru));
    await expectPlainRussian(firstSaleKeys);
  });

  it("shows the server's refusal beside the field, in Russian", async () => {
    const label = "Срок действия коммерческого предложения, дней";
    await dialog().getByLabel(label).fill("400");
    await dialog().getByRole("button", { name: ru.plugins.settings.save }).click();
    const field = dialog()
      .locator(".q-field")
      .filter({ has: browser.page.getByLabel(label) });
    const error = field.locator(".q-field__error");
    await expect.poll(() => error.count()).toBe(1);
    expect(spaced(await error.textContent())).toMatch(/365/);
    await field.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await expectPlainRussian(firstSaleKeys);
    await screenshot(browser.page, "settings-first-sale-refused-ru", { fullPage: false });
    await browser.page.keyboard.press("Escape");
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it("fits a phone: 390 px wide, rows stacked, no sideways scroll", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openSettings("Первая продажа");
      await expectNoSideScroll(page);
      await screenshot(page, "settings-first-sale-ru-390", { fullPage: false });
      await (await reasonRow("Слишком дорого")).scrollIntoViewIfNeeded();
      await screenshot(page, "settings-first-sale-reasons-ru-390", { fullPage: false });
      await page.keyboard.press("Escape");
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it("opens prospecting's settings in Russian with labels and hints, no JSON", async () => {
    await openSettings("Лидогенерация");
    const text = await dialogText();
    for (const label of ["Токен Telegram-бота", "Публичный адрес сервера", "Автоответ в Telegram"]) {
      expect(text, label).toContain(label);
    }
    await expectPlainRussian(["telegramBotToken", "publicUrl", "formPostsPerMinute"]);
    await screenshot(browser.page, "settings-prospecting-ru", { fullPage: false });
    await browser.page.keyboard.press("Escape");
  });

  it("reads first sale's settings in English", async () => {
    const { page } = browser;
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await openSettings("First sale", en.plugins.actions.settings);
    const text = await dialogText();
    for (const label of [
      "When a deal counts as won",
      "Prepayment received",
      "Lost reasons",
      "Monthly sales target, ₽",
      "Add: reason",
    ]) {
      expect(text, label).toContain(label);
    }
    expect(await dialog().getByLabel("Prepayment at least, %").inputValue()).toBe("30");
    expect(await dialog().getByLabel("Monthly sales target, ₽").inputValue()).toBe("1500000.50");
    const english = await dialog()
      .getByLabel("Name — in English")
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(english).toEqual(expect.arrayContaining(["Price too high", "Lost a tender"]));
    expect(text).not.toContain("{");
    await expectNoLeaks(page);
    await screenshot(page, "settings-first-sale-en", { fullPage: false });
    // Saving untouched in English keeps every value, money included.
    await dialog().getByRole("button", { name: en.plugins.settings.save }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    const { plugins } = await queryFromPage<{ plugins: { id: string; settings: Record<string, unknown> }[] }>(
      page,
      "core.plugins.list",
    );
    const stored = plugins.find((p) => p.id === "first-sale")?.settings ?? {};
    expect(stored).toMatchObject({
      monthlyTargetMinor: 150_000_050,
      wonWhen: { kind: "prepayment", percent: 30 },
    });
  });
});
