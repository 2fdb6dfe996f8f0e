import { signedBy, type WebhookReceiver, webhookReceiver } from "@quartet/server/testing/webhook-receiver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { atPhoneInBothLanguages, expectNoLeaks, expectRussian, useLocale } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage } from "./support/trpc.ts";

let server: TestServer;
let browser: TestBrowser;
let receiver: WebhookReceiver;
let receiverUrl: string;
let secret: string;

beforeAll(async () => {
  // The server inherits NODE_ENV=test from vitest, so a webhook may go to this machine's loopback receiver.
  expect(process.env.NODE_ENV).toBe("test");
  receiver = webhookReceiver();
  receiverUrl = await receiver.start();
  server = await startServer();
  browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await receiver?.stop();
});

const fieldError = (name: string) =>
  browser.page
    .locator(".q-field")
    .filter({ has: browser.page.locator(`[name="${name}"]`) })
    .locator(".q-field__error");
const dialog = () => browser.page.getByRole("dialog");
const createClient = (name: string) =>
  mutateFromPage<{ id: string }>(browser.page, "core.clients.create", { kind: "company", name });
const badge = (text: string) => browser.page.locator(".q-badge", { hasText: text });

describe("webhooks", () => {
  it("adds a webhook from settings: a private address is refused under the field, the secret is shown once", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/settings`);
    await useLocale(page, "ru");
    await page.getByRole("link", { name: ru.webhooks.open }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: ru.webhooks.title }).count()).toBe(1);
    await expect.poll(() => page.getByText(ru.webhooks.empty).count()).toBe(1);

    await page.getByRole("button", { name: ru.webhooks.add }).click();
    await dialog().locator('[name="url"]').fill("https://10.0.0.5/hooks");
    await dialog().locator('[name="description"]').fill("Бухгалтерия");
    await dialog()
      .locator(".q-checkbox", { hasText: "Сменилась стадия клиента" })
      .locator(".q-checkbox__control")
      .click();
    expect(await dialog().getByRole("checkbox", { name: "Сменилась стадия клиента" }).isChecked()).toBe(true);
    await dialog().getByRole("button", { name: ru.webhooks.create }).click();
    await expect.poll(() => fieldError("url").textContent()).toBe("Этот адрес ведёт во внутреннюю сеть");
    await expectNoLeaks(page);
    await expectRussian(page);
    await screenshot(page, "webhooks-dialog-error-ru", { fullPage: false });

    await dialog().locator('[name="url"]').fill(receiverUrl);
    await dialog().getByRole("button", { name: ru.webhooks.create }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    const secretField = page.locator(".q-copy-field input");
    await expect.poll(() => secretField.count()).toBe(1);
    secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect.poll(() => page.getByText(receiverUrl).count()).toBeGreaterThan(0);
    await expectRussian(page);
    await screenshot(page, "webhooks-created-ru");
  });

  it("delivers a signed event the receiver verifies, shows it in the log, and sends it again on request", async () => {
    const { page } = browser;
    const client = await createClient("ООО Полюс");
    await expect.poll(() => receiver.received.length).toBe(1);
    const first = receiver.at(0);
    expect(signedBy(secret, first)).toBe(true);
    expect(first.json).toMatchObject({ type: "core.client.stage-changed", data: { clientId: client.id } });

    await page.reload();
    await expect.poll(() => badge(ru.webhooks.statuses.delivered).count()).toBe(1);
    await page.getByRole("button", { name: ru.webhooks.replay }).click();
    await expect.poll(() => receiver.received.length).toBe(2);
    expect(receiver.at(1).id).toBe(first.id);
    expect(signedBy(secret, receiver.at(1))).toBe(true);

    receiver.state.status = 500;
    await createClient("ООО Север");
    await expect.poll(() => receiver.received.length).toBe(3);
    await page.reload();
    await expect.poll(() => badge(ru.webhooks.statuses.pending).count()).toBe(1);
    await expect.poll(() => page.getByText("Ответ 500").count()).toBe(1);
    await expectNoLeaks(page);
    await expectRussian(page);
    await screenshot(page, "webhooks-deliveries-ru");
    await useLocale(page, "en");
    await expect.poll(() => badge(en.webhooks.statuses.pending).count()).toBe(1);
    await expect.poll(() => page.getByText("Answered 500").count()).toBe(1);
    await screenshot(page, "webhooks-deliveries-en");
    receiver.state.status = 200;
  });

  it("issues a new secret: both the new and the previous one sign for a day", async () => {
    const { page } = browser;
    await useLocale(page, "ru");
    await page.getByRole("button", { name: ru.webhooks.rotate }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: ru.webhooks.rotate }).click();
    const secretField = page.locator(".q-copy-field input");
    await expect
      .poll(async () => (await secretField.count()) === 1 && (await secretField.inputValue()) !== secret)
      .toBe(true);
    const fresh = await secretField.inputValue();
    await expect.poll(() => page.getByText(/Прежний секрет действует до/).count()).toBe(1);
    const before = receiver.received.length;
    await createClient("ООО Восток");
    await expect.poll(() => receiver.received.length).toBe(before + 1);
    const last = receiver.at(-1);
    expect(last.signatures).toHaveLength(2);
    expect(signedBy(fresh, last)).toBe(true);
    expect(signedBy(secret, last)).toBe(true);
    await screenshot(page, "webhooks-rotated-ru");
  });

  it("fits a phone in both languages", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect
        .poll(() => page.getByRole("heading", { level: 1, name: dict.webhooks.title }).count())
        .toBe(1);
      await expect.poll(() => badge(dict.webhooks.statuses.delivered).count()).toBeGreaterThan(0);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `webhooks-phone-${locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("button", { name: ru.webhooks.add }).click();
    await screenshot(page, "webhooks-dialog-ru", { fullPage: false });
  });
});
