import { type ImapServer, startImapServer } from "@quartet/server/testing/imap-server";
import { encodedWord, letterWithAttachment } from "@quartet/server/testing/letters";
import { type SmtpSink, startSmtpSink } from "@quartet/server/testing/smtp-sink";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import {
  atPhoneInBothLanguages,
  bothLanguages,
  expectNoLeaks,
  expectRussian,
  useLocale,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

let imap: ImapServer;
let sink: SmtpSink;
let server: TestServer;
let browser: TestBrowser;
let clientId = "";

beforeAll(async () => {
  imap = await startImapServer({ user: "sales", password: "imap-pass-1", folders: { INBOX: [] } });
  sink = await startSmtpSink();
  server = await startServer({ smtpUrl: sink.url, timeoutMs: 90_000 });
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  clientId = (
    await mutateFromPage<{ id: string }>(browser.page, "core.clients.create", {
      kind: "company",
      name: "ООО «Полюс»",
      emails: ["ivan@polus.ru"],
    })
  ).id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await imap?.close();
  await sink?.close().catch(() => {});
});

const words = ru.mailboxes;

describe("mailboxes: connect one, read its letter on the client's timeline, reply", () => {
  it("connects a mailbox through the settings form; the password is never shown back", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    await useLocale(page, "ru");
    await page.goto(`${server.url}/settings/mailboxes`);
    await page.getByRole("button", { name: words.add }).first().click();
    await page.getByRole("textbox", { name: words.name, exact: true }).fill("Отдел продаж");
    await page.getByRole("textbox", { name: words.address, exact: true }).fill("sales@romashka-shop.ru");
    await page.getByRole("textbox", { name: words.host, exact: true }).fill("127.0.0.1");
    await page.getByRole("textbox", { name: words.port, exact: true }).fill(String(imap.port));
    await page
      .locator(".q-switch", { has: page.getByRole("switch", { name: words.tls }) })
      .locator(".q-switch__control")
      .click();
    await page.getByRole("textbox", { name: words.user, exact: true }).fill("sales");
    await page.getByLabel(words.password, { exact: true }).fill("imap-pass-1");
    await screenshot(page, "mailbox-form-ru");
    await page.getByRole("button", { name: words.save }).click();
    const item = page.locator(".mailboxes__item");
    await expect.poll(() => item.getAttribute("data-status"), { timeout: 30_000 }).toBe("ok");
    expect(await item.textContent()).toContain(words.status.ok);
    expect(await page.content()).not.toContain("imap-pass-1");
    await expectRussian(page, ["INBOX", "sales", "romashka", "shop", "ru"]);
    await expectNoLeaks(page);
    for (const [locale] of bothLanguages) {
      await useLocale(page, locale);
      await screenshot(page, `mailboxes-${locale}`);
    }
  });

  it("shows a wrong password as the mailbox's worded status", async () => {
    const { page } = browser;
    await useLocale(page, "ru");
    await page.getByRole("button", { name: words.edit }).click();
    await page.getByLabel(words.password, { exact: true }).fill("wrong");
    await page.getByRole("button", { name: words.save }).click();
    const item = page.locator(".mailboxes__item");
    await expect.poll(() => item.getAttribute("data-status"), { timeout: 30_000 }).toBe("failing");
    expect(await item.textContent()).toContain("Почтовый сервер не принял логин или пароль");
    await screenshot(page, "mailboxes-failing-ru");
    await page.getByRole("button", { name: words.edit }).click();
    await page.getByLabel(words.password, { exact: true }).fill("imap-pass-1");
    await page.getByRole("button", { name: words.save }).click();
    await expect.poll(() => item.getAttribute("data-status"), { timeout: 30_000 }).toBe("ok");
  });

  it("fits a phone in both languages", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => page.getByText(dict.mailboxes.status.ok).count(), { timeout: 30_000 }).toBe(1);
      await screenshot(page, `mailboxes-phone-${locale}`);
    });
  });

  it("puts the client's letter on the timeline with its attachment, and sends a reply with In-Reply-To", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    imap.deliver(
      "INBOX",
      letterWithAttachment(
        {
          From: `${encodedWord("Иван Орлов")} <ivan@polus.ru>`,
          To: "sales@romashka-shop.ru",
          Subject: encodedWord("Запрос цены на сыр"),
          "Message-ID": "<q1@polus.ru>",
        },
        "Добрый день! Пришлите цену на 50 кг сыра.",
        { name: "zayavka.pdf", bytes: Buffer.from("%PDF-1.4 zayavka") },
      ),
    );
    await useLocale(page, "ru");
    const [mailbox] = await queryFromPage<{ id: string }[]>(page, "core.mail.mailboxes.list");
    await mutateFromPage(page, "core.mail.mailboxes.poll", { id: mailbox?.id });
    await page.goto(`${server.url}/clients/${clientId}`);
    const entry = page.locator('.feed__entry[data-type="email"]');
    await expect.poll(() => entry.count(), { timeout: 30_000 }).toBe(1);
    await entry.getByRole("button", { name: ru.letter.open }).click();
    await expect.poll(() => entry.locator(".letter__item").count(), { timeout: 30_000 }).toBe(1);
    expect(await entry.textContent()).toContain("Пришлите цену на 50 кг сыра");
    expect(await entry.getByRole("link", { name: /zayavka\.pdf/ }).count()).toBe(1);
    await screenshot(page, "letter-timeline-ru");
    await entry.getByRole("button", { name: ru.letter.reply }).click();
    await entry
      .getByRole("textbox", { name: ru.letter.replyLabel })
      .fill("Цена — 450 ₽ за кг, счёт пришлём сегодня.");
    await entry.getByRole("button", { name: ru.letter.send }).click();
    const mail = await sink.nth(1);
    expect(mail).toMatchObject({
      to: ["ivan@polus.ru"],
      subject: "Re: Запрос цены на сыр",
      inReplyTo: "<q1@polus.ru>",
    });
    expect(mail.references).toEqual(["<q1@polus.ru>"]);
    await page.reload();
    await expect.poll(() => entry.count(), { timeout: 30_000 }).toBe(2);
    const first = entry.last();
    await first.getByRole("button", { name: ru.letter.open }).click();
    await expect.poll(() => first.locator(".letter__item").count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => first.textContent(), { timeout: 30_000 }).toContain(ru.letter.status.sent);
    await expectNoLeaks(page);
    await screenshot(page, "letter-thread-ru");
    await useLocale(page, "en");
    await entry.last().getByRole("button", { name: "Open the letter" }).click();
    await expect.poll(() => entry.last().locator(".letter__item").count(), { timeout: 30_000 }).toBe(2);
    await screenshot(page, "letter-thread-en");
  });

  it("shows the thread on a phone", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      const entry = page.locator('.feed__entry[data-type="email"]').last();
      await expect.poll(() => entry.count(), { timeout: 30_000 }).toBe(1);
      await entry.getByRole("button", { name: dict.letter.open }).click();
      await expect.poll(() => entry.locator(".letter__item").count(), { timeout: 30_000 }).toBe(2);
      await screenshot(page, `letter-thread-phone-${locale}`);
    });
  });
});
