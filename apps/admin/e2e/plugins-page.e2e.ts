import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { stubPluginProcedures } from "./support/plugin-stubs.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  await stubPluginProcedures(browser.page);
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

describe("the functions page with plugins installed (plugin procedures stubbed)", () => {
  it("groups plugins by function with their state, needs and failures", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/functions`);
    await expect.poll(() => page.locator("article.plugin-card").count()).toBe(6);
    expect(await page.getByText(ru.plugins.bootFailures).count()).toBe(1);
    expect(await card("Сделки").textContent()).toContain("the pipeline has no stages");
    expect(await card("VIP-уровни").textContent()).toContain(ru.plugins.state.misconfigured);
    expect(await card("Веб-формы").textContent()).toContain("Учёт лидов");
    expect(await page.getByRole("heading", { level: 2, name: ru.functions.none }).count()).toBe(1);
    await screenshot(page, "functions-plugins-ru");
  });

  it("confirms enabling with what else gets enabled", async () => {
    const { page } = browser;
    await card("Веб-формы").getByRole("button", { name: ru.plugins.actions.enable }).click();
    await expect.poll(() => dialog().textContent()).toContain(ru.plugins.enable.alsoEnabled);
    expect(await dialog().textContent()).toContain("Учёт лидов");
    await screenshot(page, "functions-enable-ru", { fullPage: false });
    await page.keyboard.press("Escape");
  });

  it("edits settings in a form generated from the plugin's schema, checking bounds first", async () => {
    const { page } = browser;
    await card("Обзвон").getByRole("button", { name: ru.plugins.actions.settings }).click();
    await expect.poll(() => dialog().getByLabel("Токен Telegram-бота").inputValue()).toBe("••••••");
    expect(await dialog().getByLabel("Токен Telegram-бота").getAttribute("type")).toBe("password");
    expect(await dialog().getByText("romashka.ru").count()).toBe(1);
    expect(await dialog().getByRole("group", { name: "Почтовый сервер" }).count()).toBe(1);
    await dialog().getByLabel("Daily limit").fill("900");
    await dialog().getByRole("button", { name: ru.plugins.settings.save }).click();
    await expect.poll(() => dialog().getByText("Не больше 500").count()).toBe(1);
    await screenshot(page, "functions-settings-ru", { fullPage: false });
    await page.keyboard.press("Escape");
  });

  it("offers the cascade when dependents block disabling", async () => {
    const { page } = browser;
    await card("Обзвон").getByRole("button", { name: ru.plugins.actions.disable }).click();
    await dialog().getByRole("button", { name: ru.plugins.actions.disable }).click();
    await expect.poll(() => dialog().textContent()).toContain(ru.plugins.disable.cascadeText);
    expect(await dialog().textContent()).toContain("Автодозвон");
    expect(await dialog().getByRole("button", { name: ru.plugins.disable.cascade }).count()).toBe(1);
    await screenshot(page, "functions-disable-cascade-ru", { fullPage: false });
    await page.keyboard.press("Escape");
  });

  it("previews a purge and asks for the plugin id before deleting data", async () => {
    const { page } = browser;
    await card("Обзвон").getByRole("button", { name: ru.plugins.actions.uninstall }).click();
    await dialog().getByText(ru.plugins.uninstall.purge).click();
    await expect.poll(() => dialog().getByText("calls_attempts").count()).toBe(1);
    const confirm = dialog().getByRole("button", { name: ru.plugins.uninstall.confirmPurge });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog()
      .getByLabel(fill(ru.plugins.uninstall.typeId, { id: "calls" }))
      .fill("calls");
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await screenshot(page, "functions-purge-ru", { fullPage: false });
    await page.keyboard.press("Escape");
  });
});
