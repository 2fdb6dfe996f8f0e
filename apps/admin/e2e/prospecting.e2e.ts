import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import {
  anna,
  inviteThroughApi,
  ivan,
  signUpThroughApi,
  signUpWithOrganisation,
} from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { startServer, type TestServer } from "./support/server.ts";

let server: TestServer;
let owner: TestBrowser;
let caller: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  owner = await launchBrowser();
  caller = await launchBrowser();
  await signUpWithOrganisation(owner.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await owner?.close();
  await caller?.close();
  await server?.stop();
});

const navLink = (browser: TestBrowser, name: string) => browser.page.getByRole("link", { name, exact: true });

describe("prospecting in the admin app", () => {
  it("shows «Лиды» once enabled, and the web forms give an embed snippet", async () => {
    const { page } = owner;
    await page.goto(`${server.url}/`);
    expect(await navLink(owner, "Лиды").count()).toBe(0);
    await enablePlugin(page, server.url, "Лидогенерация");
    await enablePlugin(page, server.url, "Первая продажа");
    await navLink(owner, "Лиды").click();
    await page.waitForURL(/\/leads$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Лиды");
    await page.getByRole("link", { name: "Веб-формы" }).click();
    await page.waitForURL(/\/leads\/forms$/);
    await page.getByRole("button", { name: "Новая форма" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Название").fill("Заявка с сайта");
    await dialog.getByLabel("Разрешённые сайты (по одному в строке)").fill("https://romashka.ru");
    await dialog.getByRole("button", { name: "Создать" }).click();
    await expect.poll(() => page.locator(".pr-snippet").count()).toBe(1);
    expect(await page.locator(".pr-snippet").textContent()).toContain("/hooks/prospecting/forms/");
    expect(await page.getByRole("button", { name: "Заявка с сайта" }).count()).toBe(1);
    await screenshot(page, "prospecting-forms-ru");
    await page.evaluate(() => localStorage.setItem("quartet.locale", "en"));
    await page.reload();
    await page.getByRole("button", { name: "Заявка с сайта" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Web forms");
    await expect.poll(() => page.locator(".pr-snippet").count()).toBe(1);
    await screenshot(page, "prospecting-forms-en");
    await page.evaluate(() => localStorage.setItem("quartet.locale", "ru"));
  });

  it("lets a caller see the call screen and nothing of the leads or deals", async () => {
    const link = await inviteThroughApi(owner.page, ivan.email, "caller");
    const { page } = caller;
    await signUpThroughApi(page, server.url, ivan);
    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole("button", { name: ru.auth.invite.accept }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => navLink(caller, "Звонки").count()).toBe(1);
    expect(await navLink(caller, "Лиды").count()).toBe(0);
    expect(await navLink(caller, "Продажи").count()).toBe(0);
    await navLink(caller, "Звонки").click();
    await page.waitForURL(/\/calls$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Звонки");
    await expect.poll(() => page.getByText("Сейчас вам не открыта ни одна кампания").count()).toBe(1);
    expect(await page.getByRole("button", { name: /^1\s*Не ответил/ }).count()).toBe(1);
    await screenshot(page, "prospecting-calls-caller-ru");
    await page.goto(`${server.url}/leads`);
    await expect.poll(() => page.getByText(ru.forbidden.title).count()).toBe(1);
  });
});
