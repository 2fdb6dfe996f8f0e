import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, inviteThroughApi, ivan, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
let clientUrl = "";

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const { page } = browser;
  await signUpWithOrganisation(page, server.url, anna, "Ромашка");
  await mutateFromPage(page, "core.catalog.products.create", {
    sku: "CH-01",
    name: "Сыр российский",
    unit: "кг",
    price: { amountMinor: 45_000 },
  });
  await mutateFromPage(page, "core.clients.fields.define", {
    key: "budget",
    label: { ru: "Бюджет", en: "Budget" },
    type: "number",
  });
  await mutateFromPage(page, "core.clients.create", {
    name: "Альфа-Трейд",
    inn: "7707083893",
    phones: ["+7 495 123-45-67"],
    region: "Москва",
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dialog = () => browser.page.getByRole("dialog");
/** Waits for the open dialog to close after a save: the server may take a while on a busy machine. */
const closed = () => expect.poll(() => dialog().count(), { timeout: 30_000 }).toBe(0);

/** Picks an option of a ui Select (or Combobox) by its label, inside the dialog. */
async function choose(label: string, option: string) {
  const field = dialog()
    .locator(".q-field")
    .filter({ has: browser.page.locator(".q-field__label", { hasText: label }) });
  await field.locator(".q-select__trigger, .q-combobox__trigger").first().click();
  await browser.page.locator(".q-select__item", { hasText: option }).first().click();
}
const h1 = () => browser.page.locator("h1");
const rub = (amountMinor: number, locale: "ru-RU" | "en-GB" = "ru-RU") =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "RUB" }).format(amountMinor / 100);

describe("a client's page, as a solo founder works it", () => {
  it("opens the client from the list", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/clients`);
    await page.locator(".q-table tbody tr").filter({ hasText: "Альфа-Трейд" }).click();
    await page.waitForURL(/\/clients\/[^/]+$/);
    clientUrl = page.url();
    await expect.poll(() => h1().textContent()).toBe("Альфа-Трейд");
    expect(await page.getByText(ru.contacts.none).count()).toBe(1);
    expect(await page.getByText(ru.orders.none).count()).toBe(1);
  });

  it("adds a contact: a phone it cannot read is refused under the field, then the contact is listed", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: ru.contacts.add }).click();
    await dialog().getByLabel(ru.contacts.name).fill("Ирина Петрова");
    await dialog().getByLabel(ru.contacts.position).fill("Директор по закупкам");
    await choose(ru.contacts.role, ru.contacts.roles["decision-maker"]);
    await dialog().getByLabel(ru.contacts.phones).fill("12");
    await dialog().getByLabel(ru.contacts.emails).fill("irina@alfa-trade.ru");
    await dialog().getByRole("button", { name: ru.common.save }).click();
    await expect.poll(() => dialog().getByText("Номер телефона указан неверно").count()).toBe(1);

    await dialog().getByLabel(ru.contacts.phones).fill("+7 916 555-12-34");
    expect(await dialog().getByText("Номер телефона указан неверно").count()).toBe(0);
    await dialog().getByRole("button", { name: ru.common.save }).click();
    await closed();
    const contacts = page.getByRole("list", { name: ru.contacts.title });
    await expect.poll(() => contacts.getByText("Ирина Петрова").count()).toBe(1);
    expect(await contacts.getByText(ru.contacts.roles["decision-maker"]).count()).toBe(1);
    const phone = contacts.getByRole("link", { name: "+7 (916) 555-12-34" });
    expect(await phone.getAttribute("href")).toBe("tel:+79165551234");
  });

  it("records an order from the catalog and a partial payment, and shows the balance", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: ru.orders.record }).click();
    await choose(ru.orders.form.product, "Сыр российский");
    expect(await dialog().getByLabel(ru.orders.form.price).inputValue()).toBe("450");
    await dialog().getByLabel(ru.orders.form.quantity).fill("10");
    await dialog().getByLabel(ru.orders.form.discount).fill("10");
    await expect.poll(() => dialog().getByText(rub(405_000)).count()).toBeGreaterThan(0);
    await screenshot(page, "client-order-dialog-ru", { fullPage: false });
    await dialog().getByRole("button", { name: ru.orders.record }).click();
    await closed();
    const orders = page.locator(".q-table tbody tr");
    await expect.poll(() => orders.count()).toBe(1);
    expect(await orders.first().textContent()).toContain(ru.orders.paymentStatus.unpaid);

    await page.getByRole("button", { name: /Внести оплату по заказу/ }).click();
    await dialog().getByLabel(ru.payments.amount).fill("1 500");
    await choose(ru.payments.method, ru.payments.methods.cash);
    await dialog().getByLabel(ru.payments.reference).fill("ПКО 17");
    await dialog().getByRole("button", { name: ru.payments.record }).click();
    await closed();
    await expect.poll(() => orders.first().textContent()).toContain(ru.orders.paymentStatus.partial);
    const totals = fill(ru.orders.totals, { total: rub(405_000), paid: rub(150_000), due: rub(255_000) });
    await expect.poll(() => page.getByText(totals).count()).toBe(1);
    await expect.poll(() => page.getByText("ПКО 17", { exact: false }).count()).toBe(1);
  });

  it("hands the client over to first sale and, as the receiver, accepts it", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: ru.handoffs.request, exact: true }).click();
    await dialog().getByRole("button", { name: ru.handoffs.request }).click();
    await expect.poll(() => dialog().getByText("Напишите получателю, что ему нужно знать").count()).toBe(1);
    await dialog().getByLabel(ru.handoffs.note).fill("Готовы к пробной поставке, ЛПР — Ирина");
    await dialog().getByRole("button", { name: ru.handoffs.request }).click();
    await closed();
    const handoffs = page.getByRole("list", { name: ru.handoffs.title });
    await expect.poll(() => handoffs.getByText("Готовы к пробной поставке, ЛПР — Ирина").count()).toBe(1);
    expect(await handoffs.getByText(ru.handoffs.states.requested, { exact: true }).count()).toBe(1);
    await handoffs.getByRole("button", { name: ru.handoffs.accept }).click();
    await expect.poll(() => handoffs.getByText(ru.handoffs.states.accepted, { exact: true }).count()).toBe(1);
    await screenshot(page, "client-records-ru");
  });

  it("edits the client: a wrong INN and a budget that is not a number are said under their fields", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: ru.clientEdit.edit, exact: true }).click();
    await dialog().getByLabel(ru.clients.inn, { exact: true }).fill("7707083894");
    await dialog().getByLabel("Бюджет").fill("много");
    await dialog().getByRole("button", { name: ru.common.save }).click();
    await expect.poll(() => dialog().getByText("Контрольная сумма ИНН не сходится").count()).toBe(1);
    await screenshot(page, "client-edit-error-ru", { fullPage: false });

    await dialog().getByLabel(ru.clients.inn, { exact: true }).fill("7707083893");
    await dialog().getByRole("button", { name: ru.common.save }).click();
    await expect.poll(() => dialog().getByText("Введите число").count()).toBe(1);
    await dialog().getByLabel("Бюджет").fill("1 500 000");
    await dialog().getByLabel(ru.clients.industry).fill("Оптовая торговля");
    await dialog().getByRole("button", { name: ru.common.save }).click();
    await closed();
    await expect.poll(() => page.getByText("Оптовая торговля").count()).toBe(1);
    const budget = new Intl.NumberFormat("ru-RU").format(1_500_000);
    expect(await page.getByText(budget).count()).toBe(1);
  });

  it("creates a duplicate anyway, then merges it into the client and its link leads to the survivor", async () => {
    const { page } = browser;
    await page.getByRole("link", { name: ru.nav.clients }).click();
    await page.getByRole("button", { name: ru.clients.create }).click();
    await dialog().getByLabel(ru.clients.name, { exact: true }).fill("Альфа Трейд (дубль)");
    await dialog().getByLabel(ru.clients.form.phones).fill("8 495 123 45 67");
    const warning = dialog().getByRole("list", { name: ru.clients.form.maybeDuplicate });
    await expect.poll(() => warning.getByText("Альфа-Трейд").count()).toBe(1);
    expect(
      await warning.getByRole("link", { name: fill(ru.merge.openNamed, { name: "Альфа-Трейд" }) }).count(),
    ).toBe(1);
    await dialog().getByRole("button", { name: ru.common.create }).click();
    await dialog().getByRole("button", { name: ru.clients.form.createAnyway }).click();
    await closed();
    await page.locator(".q-table tbody tr").filter({ hasText: "Альфа Трейд (дубль)" }).click();
    await expect.poll(() => h1().textContent()).toBe("Альфа Трейд (дубль)");
    const duplicateUrl = page.url();

    await page.goto(clientUrl);
    await expect.poll(() => h1().textContent()).toBe("Альфа-Трейд");
    await page.getByRole("button", { name: ru.merge.find }).click();
    const found = dialog().getByRole("list", { name: ru.merge.title });
    await expect.poll(() => found.getByText("Альфа Трейд (дубль)").count()).toBe(1);
    await found
      .getByRole("button", { name: fill(ru.merge.mergeNamed, { name: "Альфа Трейд (дубль)" }) })
      .click();
    const names = { from: "Альфа Трейд (дубль)", into: "Альфа-Трейд" };
    const confirm = page.getByRole("alertdialog", { name: fill(ru.merge.confirmTitle, names) });
    await expect.poll(() => confirm.getByText(ru.merge.movesRest).count()).toBe(1);
    await screenshot(page, "client-merge-confirm-ru", { fullPage: false });
    await expect.poll(() => confirm.textContent()).toContain(fill(ru.merge.moves, names));
    await confirm.getByRole("button", { name: ru.merge.confirm }).click();
    await expect.poll(() => confirm.count()).toBe(0);

    await page.goto(duplicateUrl);
    await page.waitForURL(clientUrl);
    await expect.poll(() => h1().textContent()).toBe("Альфа-Трейд");
    await page.getByRole("link", { name: ru.nav.clients }).click();
    await expect.poll(() => page.locator(".q-table tbody tr").filter({ hasText: "дубль" }).count()).toBe(0);
  });

  it("reads the same page in English", async () => {
    const { page } = browser;
    await page.goto(clientUrl);
    await page.getByRole("button", { name: fill(ru.userMenu.label, { name: anna.name }) }).click();
    await page.getByRole("menuitemradio", { name: en.language.en }).click();
    await expect.poll(() => page.getByRole("list", { name: en.contacts.title }).count()).toBe(1);
    const totals = fill(en.orders.totals, {
      total: rub(405_000, "en-GB"),
      paid: rub(150_000, "en-GB"),
      due: rub(255_000, "en-GB"),
    });
    await expect.poll(() => page.getByText(totals).count()).toBe(1);
    expect(await page.getByText(en.handoffs.states.accepted, { exact: true }).count()).toBe(1);
    await screenshot(page, "client-records-en");
    await page.getByRole("button", { name: en.orders.record }).click();
    await expect.poll(() => dialog().getByText(en.orders.form.title).count()).toBe(1);
    await screenshot(page, "client-order-dialog-en", { fullPage: false });
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: fill(en.userMenu.label, { name: anna.name }) }).click();
    await page.getByRole("menuitemradio", { name: ru.language.ru }).click();
    await expect.poll(() => page.getByRole("list", { name: ru.contacts.title }).count()).toBe(1);
  });

  it("fits a phone screen", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await expect.poll(() => page.getByRole("button", { name: ru.orders.record }).isVisible()).toBe(true);
      await screenshot(page, "client-records-mobile-ru");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });
});

describe("a caller", () => {
  it("lands on the call screen and is not offered the health page or other core pages", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "Лидогенерация");
    const link = await inviteThroughApi(page, ivan.email, "caller");
    const guest = await launchBrowser();
    try {
      const other = guest.page;
      await other.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
      await other.getByRole("link", { name: ru.auth.invite.signUp }).click();
      await other.getByLabel(ru.auth.name).fill(ivan.name);
      await other.getByLabel(ru.auth.password).fill(ivan.password);
      await other.getByRole("button", { name: ru.auth.signUp.submit }).click();
      await other.waitForURL(/\/invite\?token=/);
      await other.getByRole("button", { name: ru.auth.invite.accept }).click();
      await other.waitForURL(`${server.url}/calls`);
      const nav = other.getByRole("navigation", { name: ru.nav.label });
      await expect.poll(() => nav.getByRole("link", { name: "Звонки" }).count()).toBe(1);
      expect(await nav.getByRole("link", { name: ru.nav.health }).count()).toBe(0);
      expect(await nav.getByRole("link", { name: ru.nav.clients }).count()).toBe(0);
      expect(await nav.getByRole("link", { name: ru.nav.team }).count()).toBe(0);
      await screenshot(other, "caller-landing-ru");

      await other.goto(`${server.url}/`);
      await other.waitForURL(`${server.url}/calls`);
    } finally {
      await guest.close();
    }
  });
});
