import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
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
  await mutateFromPage(browser.page, "core.tasks.create", {
    title: "Позвонить в «Ромашку»",
    dueAt: Date.now() - 3_600_000,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const h1 = () => browser.page.locator("h1");
const download = (href: string | null) =>
  browser.page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  }, href ?? "");

describe("CSV exports from My work and the audit log", () => {
  it("downloads my tasks and the handoffs waiting for me from My work", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: ru.nav.myWork }).click();
    await expect.poll(() => h1().textContent()).toBe(ru.myWork.title);
    const tasks = await page.getByRole("link", { name: ru.myWork.exportTasks }).getAttribute("href");
    expect(tasks).toBe("/api/v1/exports/tasks.csv?list=mine&locale=ru");
    const tasksCsv = await download(tasks);
    expect(tasksCsv.status).toBe(200);
    expect(tasksCsv.text).toMatch(/^\uFEFF?Задача;Клиент;Срок;Состояние;Исполнитель/);
    expect(tasksCsv.text).toContain("Позвонить в «Ромашку»;;");
    expect(tasksCsv.text).toContain(`;Просрочена;${anna.name};`);
    const handoffs = await page.getByRole("link", { name: ru.myWork.exportHandoffs }).getAttribute("href");
    expect(handoffs).toMatch(
      /^\/api\/v1\/exports\/handoffs\.csv\?state=requested&receiverId=usr_\w+&locale=ru$/,
    );
    const handoffsCsv = await download(handoffs);
    expect(handoffsCsv.status).toBe(200);
    expect(handoffsCsv.text).toMatch(/^\uFEFF?Передан;Клиент;Откуда;Куда;Состояние/);
    await screenshot(page, "my-work-export-ru");
  });

  it("downloads the audit log with the browser's filters", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/settings`);
    await expect.poll(() => page.getByRole("link", { name: ru.settings.audit.export }).count()).toBe(1);
    // The action filter offers the actions in words.
    const action = page.locator(".audit-filters__action");
    await action.locator(".q-select__trigger").click();
    await page.locator(".q-select__item", { hasText: ru.auditActions.org.create }).click();
    const link = page.getByRole("link", { name: ru.settings.audit.export });
    await expect
      .poll(() => link.getAttribute("href"))
      .toBe("/api/v1/exports/audit.csv?action=core.org.create&locale=ru");
    const csv = await download(await link.getAttribute("href"));
    expect(csv.status).toBe(200);
    expect(csv.text).toMatch(/^\uFEFF?Время;Кто;Кем;Действие/);
    expect(csv.text).toContain(`;${anna.name};Пользователь;core.org.create;`);
    expect(csv.text).not.toContain("core.task");
    await screenshot(page, "audit-export-ru");
  });

  it("speaks English in the links and the files after switching the language", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: fill(ru.userMenu.label, { name: anna.name }) }).click();
    await page.getByRole("menuitemradio", { name: en.language.en }).click();
    const audit = page.getByRole("link", { name: en.settings.audit.export });
    await expect
      .poll(() => audit.getAttribute("href"))
      .toBe("/api/v1/exports/audit.csv?action=core.org.create&locale=en");
    expect((await download(await audit.getAttribute("href"))).text).toMatch(
      /^\uFEFF?Time;Who;Acting as;Action/,
    );
    await screenshot(page, "audit-export-en");
    await page.getByRole("link", { name: en.nav.myWork }).click();
    const tasks = page.getByRole("link", { name: en.myWork.exportTasks });
    await expect.poll(() => tasks.getAttribute("href")).toBe("/api/v1/exports/tasks.csv?list=mine&locale=en");
    expect((await download(await tasks.getAttribute("href"))).text).toContain(";Overdue;");
    await screenshot(page, "my-work-export-en");
  });
});
