import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage } from "./support/trpc.ts";

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

const card = (name: string) =>
  browser.page
    .locator("article.plugin-card")
    .filter({ has: browser.page.getByRole("heading", { level: 3, name, exact: true }) });
const dialog = () => browser.page.getByRole("dialog");
const state = (name: string) => card(name).locator(".q-status-pill, .q-badge").first().textContent();
/** Text with every kind of space (Russian numbers use no-break ones) as a plain space. */
const spaced = (text: string | null) => (text ?? "").replace(/\s/g, " ");

describe("the functions page with the installed plugins (the four legs)", () => {
  it("shows each installed plugin under its function, available to enable", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/functions`);
    await expect.poll(() => page.locator("article.plugin-card").count()).toBe(4);
    expect(await card("Лидогенерация").textContent()).toContain(
      "Входящие заявки с форм, из Telegram и со звонков",
    );
    for (const name of ["Первая продажа", "Развитие клиентов", "VIP-клиенты"])
      expect(await card(name).textContent(), name).toContain(ru.plugins.state.available);
    expect(await page.getByText(ru.plugins.bootFailures).count()).toBe(0);
    await screenshot(page, "functions-plugins-ru");
  });

  it("confirms enabling, saying what else gets enabled, and enables", async () => {
    const { page } = browser;
    await card("Первая продажа").getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect
      .poll(() => dialog().textContent())
      .toContain(fill(ru.plugins.enable.title, { name: "Первая продажа" }));
    // First sale needs no other plugin: nothing is enabled along with it.
    expect(await dialog().getByText(ru.plugins.enable.alsoEnabled).count()).toBe(0);
    expect(await dialog().textContent()).toContain(ru.plugins.enable.text);
    await screenshot(page, "functions-enable-ru", { fullPage: false });
    await dialog().getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect
      .poll(() => card("Первая продажа").getByRole("button", { name: ru.plugins.actions.disable }).count())
      .toBe(1);
    expect(await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.enable }).count()).toBe(
      1,
    );
    await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.enable }).click();
    await dialog().getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect
      .poll(() => card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.disable }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole("link", { name: "Лиды", exact: true }).count()).toBe(1);
  });

  it("edits settings in the form generated from the plugin's schema: bounds first, the token kept secret", async () => {
    const { page } = browser;
    await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.settings }).click();
    const token = dialog().locator(".q-field", { hasText: "Токен Telegram-бота" }).locator("input, textarea");
    await expect.poll(() => token.count()).toBe(1);
    expect(await token.inputValue()).toBe("");
    expect(await token.getAttribute("type")).toBe("password");
    await dialog().getByLabel("Заявок с формы в минуту с одного адреса").fill("20000");
    await dialog().getByRole("button", { name: ru.plugins.settings.save }).click();
    await expect.poll(async () => spaced(await dialog().textContent())).toContain("Не больше 10 000");
    await dialog().getByLabel("Заявок с формы в минуту с одного адреса").scrollIntoViewIfNeeded();
    await screenshot(page, "functions-settings-ru", { fullPage: false });
    await dialog().getByLabel("Заявок с формы в минуту с одного адреса").fill("25");
    await token.fill("123456:secret-token");
    await dialog().getByRole("button", { name: ru.plugins.settings.save }).click();
    await expect.poll(() => dialog().count()).toBe(0);

    await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.settings }).click();
    await expect
      .poll(() => dialog().getByLabel("Заявок с формы в минуту с одного адреса").inputValue())
      .toBe("25");
    expect(await token.inputValue()).toBe("••••••");
    expect(await page.content()).not.toContain("123456:secret-token");
    await page.keyboard.press("Escape");
  });

  it("disables a plugin and keeps its data", async () => {
    const { page } = browser;
    await mutateFromPage(page, "prospecting.inbox.create", {
      source: "manual",
      name: "Олег",
      phone: "+79120000001",
    });
    await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.disable }).click();
    await expect
      .poll(() => dialog().textContent())
      .toContain(fill(ru.plugins.disable.title, { name: "Лидогенерация" }));
    await dialog().getByRole("button", { name: ru.plugins.actions.disable }).click();
    await expect.poll(() => state("Лидогенерация")).toBe(ru.plugins.state.disabled);
    await expect.poll(() => page.getByRole("link", { name: "Лиды", exact: true }).count()).toBe(0);
    await screenshot(page, "functions-disabled-ru");

    await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.enable }).click();
    await dialog().getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect.poll(() => state("Лидогенерация")).toBe(ru.plugins.state.enabled);
    await page.goto(`${server.url}/leads`);
    await expect.poll(() => page.getByRole("row", { name: /Олег/ }).count()).toBe(1);
  });

  it("previews a purge and asks for the plugin id before deleting the data", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/functions`);
    await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.uninstall }).click();
    await dialog().getByText(ru.plugins.uninstall.purge).click();
    await expect.poll(() => dialog().getByText("prospecting_requests").count()).toBe(1);
    expect(await dialog().locator("li", { hasText: "prospecting_requests" }).textContent()).toContain(
      "1 строка",
    );
    const confirm = dialog().getByRole("button", { name: ru.plugins.uninstall.confirmPurge });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog()
      .getByLabel(fill(ru.plugins.uninstall.typeId, { id: "prospecting" }))
      .fill("prospecting");
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await screenshot(page, "functions-purge-ru", { fullPage: false });
    await confirm.click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect
      .poll(() => card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.enable }).count())
      .toBe(1);

    await card("Лидогенерация").getByRole("button", { name: ru.plugins.actions.enable }).click();
    await dialog().getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect.poll(() => state("Лидогенерация")).toBe(ru.plugins.state.enabled);
    await page.goto(`${server.url}/leads`);
    await expect.poll(() => page.getByText("Здесь заявок нет").count()).toBe(1);
  });
});
