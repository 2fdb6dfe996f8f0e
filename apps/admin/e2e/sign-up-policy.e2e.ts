import { type SmtpSink, startSmtpSink } from "@quartet/server/testing/smtp-sink";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, inviteThroughApi, ivan } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { joinByInvitation } from "./support/invitation.ts";
import {
  atPhoneInBothLanguages,
  expectNoLeaks,
  expectRussian,
  latinWordsIn,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage } from "./support/trpc.ts";

const olga = { name: "Ольга Смирнова", email: "olga@example.ru", password: "spring-rain-31" };

let sink: SmtpSink;
let server: TestServer;
let owner: TestBrowser;
let guest: TestBrowser;

beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startServer({
    smtpUrl: sink.url,
    env: { QUARTET_SIGNUP: "invitation", QUARTET_VERIFY_EMAIL: "true" },
  });
  owner = await launchBrowser();
  guest = await launchBrowser();
});

afterAll(async () => {
  await guest?.close();
  await owner?.close();
  await server?.stop();
  await sink?.close();
});

const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
/** The path and query of a link in a mail, on the test server. */
const onServer = (link: string) => link.replace(/^https?:\/\/[^/]+/, server.url);
/** The settings page's card of server sign-up (other cards are other tests' business). */
const instanceCard = (page: Page) =>
  page.locator("section.q-card", {
    has: page.locator("h2", { hasText: /Регистрация на сервере|Sign-up on this server/ }),
  });
const linkIn = (text: string, path: string) =>
  new RegExp(`https?://\\S+${path}\\?token=\\S+`).exec(text)?.[0] ?? "";

describe("sign-up on a server that takes new accounts by invitation only and confirms addresses", () => {
  it("lets the first person sign up as the administrator, then asks them to confirm their address by mail", async () => {
    const { page } = owner;
    await page.goto(`${server.url}/sign-up`);
    await expect.poll(() => page.getByText(ru.auth.signUp.firstUser).count()).toBe(1);
    await page.getByLabel(ru.auth.name).fill(anna.name);
    await page.getByLabel(ru.auth.email).fill(anna.email);
    await page.getByLabel(ru.auth.password).fill(anna.password);
    await screenshot(page, "sign-up-first-user-ru");
    await page.getByRole("button", { name: ru.auth.signUp.submit }).click();

    await page.waitForURL(/\/verify-email\?email=/);
    await expect.poll(() => h1(page)).toBe(ru.auth.verify.title);
    await expect
      .poll(() => page.getByText(fill(ru.auth.verify.sentText, { email: anna.email })).count())
      .toBe(1);
    await expectRussian(page);
    await screenshot(page, "verify-email-sent-ru");

    // Until the address is confirmed, no organisation can be created; the server says why.
    const refused = await page.evaluate(async () => {
      const response = await fetch("/trpc/core.org.create", {
        method: "POST",
        headers: { "content-type": "application/json", "x-quartet-locale": "ru" },
        body: JSON.stringify({ json: { name: "Ромашка" } }),
      });
      return { status: response.status, text: await response.text() };
    });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("Сначала подтвердите адрес почты");

    const mail = await sink.nth(1);
    expect(mail.to).toEqual([anna.email]);
    await page.goto(onServer(linkIn(mail.text, "/verify-email")));
    await expect.poll(() => h1(page)).toBe(ru.auth.verify.doneTitle);
    await expectRussian(page);
    await screenshot(page, "verify-email-done-ru");
    await page.getByRole("link", { name: ru.auth.verify.continue }).click();
    await page.waitForURL(/\/onboarding$/);
    await mutateFromPage(page, "core.org.create", { name: "Ромашка", growthStage: "solo" });
  });

  it("tells a stranger that sign-up is by invitation only, at a phone in both languages", async () => {
    const { page } = guest;
    await page.goto(`${server.url}/sign-up`);
    await expect.poll(() => h1(page)).toBe(ru.auth.signUp.invitationOnlyTitle);
    expect(await page.getByLabel(ru.auth.password).count()).toBe(0);
    await expectRussian(page);
    await screenshot(page, "sign-up-invitation-only-ru");
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => h1(page)).toBe(dict.auth.signUp.invitationOnlyTitle);
      await expect.poll(() => page.getByText(dict.auth.signUp.invitationOnlyText).count()).toBe(1);
      await expectNoLeaks(page);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `sign-up-invitation-only-390-${locale}`);
    });
  });

  it("lets the invited person sign up from the invitation, confirmed by it, without a confirmation mail", async () => {
    const link = await inviteThroughApi(owner.page, ivan.email);
    expect((await sink.nth(2)).to).toEqual([ivan.email]);
    const { page } = guest;
    await page.setViewportSize({ width: 1280, height: 900 });
    await joinByInvitation(page, server.url, link, ivan);
    await expect.poll(() => page.getByRole("button", { name: /Ромашка/ }).count()).toBe(1);
    expect(sink.received.map((m) => m.to[0])).toEqual([anna.email, ivan.email]);
  });

  it("shows the administrator, and nobody else, who may sign up, and lets them open sign-up to anyone", async () => {
    await guest.page.goto(`${server.url}/settings`);
    await expect.poll(() => guest.page.getByRole("heading", { level: 1 }).count()).toBe(1);
    await expect.poll(() => guest.page.getByText(ru.settings.org.readOnly).count()).toBe(1);
    expect(await guest.page.getByText(ru.auth.instance.title).count()).toBe(0);

    const { page } = owner;
    await page.goto(`${server.url}/settings`);
    await expect.poll(() => page.getByText(ru.auth.instance.title).count()).toBe(1);
    expect(await page.getByRole("radio", { name: ru.auth.instance.invitation }).isChecked()).toBe(true);
    expect(latinWordsIn(await instanceCard(page).innerText())).toEqual([]);
    await page.getByText(ru.auth.instance.title).scrollIntoViewIfNeeded();
    await screenshot(page, "instance-sign-up-ru", { fullPage: false });
    await instanceCard(page).getByText(ru.auth.instance.open, { exact: true }).click();
    await expect.poll(() => page.getByText(ru.auth.instance.saved).count()).toBe(1);
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => page.getByText(dict.auth.instance.title).count()).toBe(1);
      expect(await page.getByRole("radio", { name: dict.auth.instance.open }).isChecked()).toBe(true);
      if (locale === "ru") expect(latinWordsIn(await instanceCard(page).innerText())).toEqual([]);
      await page.getByText(dict.auth.instance.title).scrollIntoViewIfNeeded();
      await screenshot(page, `instance-sign-up-390-${locale}`, { fullPage: false });
    });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("shows the confirmation screens at a phone in both languages now that anyone may sign up", async () => {
    const { page } = guest;
    await page.evaluate(() =>
      fetch("/api/auth/sign-out", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      }),
    );
    await page.goto(`${server.url}/sign-up`);
    await expect.poll(() => h1(page)).toBe(ru.auth.signUp.title);
    await page.getByLabel(ru.auth.name).fill(olga.name);
    await page.getByLabel(ru.auth.email).fill(olga.email);
    await page.getByLabel(ru.auth.password).fill(olga.password);
    await page.getByRole("button", { name: ru.auth.signUp.submit }).click();
    await page.waitForURL(/\/verify-email\?email=/);
    expect((await sink.nth(3)).to).toEqual([olga.email]);
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => h1(page)).toBe(dict.auth.verify.title);
      await expect.poll(() => page.getByRole("button", { name: dict.auth.verify.resend }).count()).toBe(1);
      await expectNoLeaks(page);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `verify-email-sent-390-${locale}`);
    });

    await page.goto(`${server.url}/verify-email?token=damaged`);
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => h1(page)).toBe(dict.auth.verify.invalidTitle);
      await expect.poll(() => page.getByText(dict.auth.verify.invalidText).count()).toBe(1);
      await expectNoLeaks(page);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `verify-email-invalid-390-${locale}`);
    });
    await page.getByRole("button", { name: ru.auth.verify.resend }).click();
    await expect
      .poll(() => page.getByText(fill(ru.auth.verify.resent, { email: olga.email })).count())
      .toBe(1);
    const second = await sink.nth(4);
    expect(second.to).toEqual([olga.email]);
    await page.goto(onServer(linkIn(second.text, "/verify-email")));
    await expect.poll(() => h1(page)).toBe(ru.auth.verify.doneTitle);
  });

  it("tells someone already confirmed that their address is confirmed", async () => {
    const { page } = owner;
    await page.goto(`${server.url}/verify-email`);
    await expect.poll(() => h1(page)).toBe(ru.auth.verify.doneTitle);
  });
});
