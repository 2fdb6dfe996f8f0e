import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { orgDay } from "./support/org-dates.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
let clientId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  clientId = (
    await mutateFromPage<{ id: string }>(browser.page, "core.clients.create", { name: "ООО Важный" })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const requestBox = () => browser.page.getByRole("checkbox", { name: ru.tasks.clientRequest });

describe("a client request from the client card's composer, on its task tab", () => {
  it("is not offered while VIP is off", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/clients/${clientId}`);
    await page.getByRole("tab", { name: ru.clientPage.composer.tabs.task }).click();
    await expect
      .poll(() => page.getByRole("button", { name: ru.clientPage.composer.submit.task }).count())
      .toBe(1);
    expect(await requestBox().count()).toBe(0);
  });

  it("is offered once VIP is enabled and marks the new task client-request", async () => {
    const { page } = browser;
    await enablePlugin(page, server.url, "VIP-клиенты");
    await page.goto(`${server.url}/clients/${clientId}`);
    await page.getByRole("tab", { name: ru.clientPage.composer.tabs.task }).click();
    await expect.poll(() => requestBox().count()).toBe(1);
    await page
      .getByRole("textbox", { name: ru.clientPage.composer.taskTitle })
      .fill("Прислать счёт на кабель");
    const today = orgDay();
    await page.getByLabel(ru.clientPage.composer.dueDate).fill(today);
    await page.getByText(ru.tasks.clientRequest, { exact: true }).click();
    await expect.poll(() => requestBox().isChecked()).toBe(true);
    await page.getByRole("button", { name: ru.clientPage.composer.submit.task }).click();
    const clientTasks = page.getByRole("list", { name: ru.tasks.title });
    await expect.poll(() => clientTasks.getByText("Прислать счёт на кабель").count()).toBe(1);
    const { items } = await queryFromPage<{ items: { title: string; mark: string | null }[] }>(
      page,
      "core.tasks.forClient",
      { clientId },
    );
    expect(items.map((t) => [t.title, t.mark])).toEqual([["Прислать счёт на кабель", "client-request"]]);
    expect(await requestBox().isChecked()).toBe(false);
  });
});
