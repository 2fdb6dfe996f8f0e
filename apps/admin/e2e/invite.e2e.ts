import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, inviteThroughApi, ivan, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";

let server: TestServer;
let owner: TestBrowser;
let guest: TestBrowser;

beforeAll(async () => {
  server = await startServer();
  owner = await launchBrowser();
  guest = await launchBrowser();
});

afterAll(async () => {
  await guest?.close();
  await owner?.close();
  await server?.stop();
});

describe("an invitation", () => {
  it("is previewed, then accepted by a newcomer who signs up with the invited address", async () => {
    await signUpWithOrganisation(owner.page, server.url, anna, "Ромашка");
    const link = await inviteThroughApi(owner.page, ivan.email);
    const { page } = guest;
    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe(fill(ru.auth.invite.heading, { org: "Ромашка" }));
    expect(await page.getByText(ru.roleNames.member, { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, "invite-ru");

    await page.getByRole("link", { name: ru.auth.invite.signUp }).click();
    expect(await page.getByLabel(ru.auth.email).inputValue()).toBe(ivan.email);
    await page.getByLabel(ru.auth.name).fill(ivan.name);
    await page.getByLabel(ru.auth.password).fill(ivan.password);
    await page.getByRole("button", { name: ru.auth.signUp.submit }).click();

    await page.waitForURL(/\/invite\?token=/);
    await page.getByRole("button", { name: ru.auth.invite.accept }).click();
    await page.waitForURL(`${server.url}/`);
    await expect.poll(() => page.getByRole("button", { name: /Ромашка/ }).count()).toBe(1);
    // A member does not manage plugins or the audit log: those controls are not offered.
    await page.getByRole("link", { name: ru.nav.settings }).click();
    await expect.poll(() => page.getByText(ru.settings.org.readOnly).count()).toBe(1);
    expect(await page.getByText(ru.settings.audit.title).count()).toBe(0);
  });
});
