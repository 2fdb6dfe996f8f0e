import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpThroughApi } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await signUpThroughApi(browser.page, server.url, anna);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dialog = () => browser.page.getByRole("dialog");
const legend = (fn: string) => browser.page.locator(`.legs__item[data-function="${fn}"]`);

describe("a company with a specialist per function", () => {
  it("is set up with the owner covering one function and a colleague invited", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/onboarding$/);
    await page.getByLabel(ru.onboarding.basics.name).fill("Ромашка");
    await page.getByRole("button", { name: ru.common.next }).click();
    await page.getByText(ru.stages.specialists.title).click();
    await page.getByText(ru.functions.farming, { exact: true }).click();
    expect(await page.getByRole("checkbox", { name: ru.functions.farming }).isChecked()).toBe(false);
    await page.getByRole("button", { name: ru.onboarding.create }).click();

    await expect.poll(() => page.getByText(ru.onboarding.people.whoCovers).count()).toBe(1);
    expect(await page.getByText(ru.onboarding.people.notChosen).count()).toBe(1);
    const row = page.locator('.cover-rows__item[data-function="prospecting"]');
    await row.getByText(ru.onboarding.people.me).click();
    await expect.poll(() => row.getByRole("switch").isChecked()).toBe(true);
    await page.getByLabel(ru.invitations.email).fill("ivan@example.ru");
    await page.getByRole("button", { name: ru.invitations.submit }).click();
    await expect
      .poll(() => page.getByRole("textbox", { name: ru.invitations.link }).inputValue())
      .toContain("/invite?token=");
    await screenshot(page, "onboarding-specialists-ru");
    await page.getByRole("button", { name: ru.onboarding.people.finish }).click();
    await page.waitForURL(`${server.url}/`);
  });

  it("shows one leg standing and the rest missing, then adds a team to a function", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/team`);
    await expect.poll(() => legend("prospecting").getAttribute("data-status")).toBe("covered");
    for (const fn of ["first-sale", "farming", "vip"])
      expect(await legend(fn).getAttribute("data-status")).toBe("missing");

    const card = page.locator('.function-card[data-function="first-sale"]');
    await card.getByRole("button", { name: ru.staffing.createTeam }).click();
    await dialog().getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => dialog().getByText("Назовите команду").count()).toBe(1);
    await dialog().getByLabel(ru.staffing.teamName).fill("Охотники");
    await dialog().getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => card.getByText("Охотники").count()).toBe(1);
    await screenshot(page, "team-specialists-ru");
  });

  it("creates a custom role from the permission checklist", async () => {
    const { page } = browser;
    await page.getByRole("tab", { name: ru.team.tabs.roles }).click();
    await page.getByRole("button", { name: ru.roles.create }).click();
    await dialog().getByLabel(ru.roles.name).fill("Стажёр");
    await dialog().locator(".checklist__title", { hasText: ru.roles.core }).click();
    await expect.poll(() => dialog().getByRole("checkbox", { name: ru.roles.core }).isChecked()).toBe(true);
    await dialog().getByText(ru.scopes.own.title, { exact: true }).click();
    await screenshot(page, "role-dialog-ru", { fullPage: false });
    await dialog().getByRole("button", { name: ru.common.create }).click();
    await expect.poll(() => page.getByText(fill(ru.roles.created, { name: "Стажёр" })).count()).toBe(1);
    await expect
      .poll(() => page.locator(".role-row", { hasText: "Стажёр" }).textContent())
      .toContain(ru.scopes.own.short);
    await screenshot(page, "team-roles-ru");
  });
});
