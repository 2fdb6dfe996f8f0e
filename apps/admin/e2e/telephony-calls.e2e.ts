import { signedNotification, startFakeZadarma } from "@quartet/server/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { atPhoneInBothLanguages, bothLanguages, expectNoLeaks, useLocale } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };
const start = "2026-12-07 12:30:05";

let api: Awaited<ReturnType<typeof startFakeZadarma>>;
let server: TestServer;
let browser: TestBrowser;
let clientId = "";

/** Posts a notification as Zadarma does: form body and `Signature` header. */
const notify = async (path: string, ...args: Parameters<typeof signedNotification>) => {
  const response = await fetch(`${server.url}${path}`, { method: "POST", ...signedNotification(...args) });
  expect(response.status).toBe(200);
};

beforeAll(async () => {
  api = await startFakeZadarma(keys);
  server = await startServer({ env: { QUARTET_ZADARMA_API_URL: api.url } });
  browser = await launchBrowser();
  const { page } = browser;
  await signUpWithOrganisation(page, server.url, anna, "Ромашка");
  const me = await queryFromPage<{ user: { id: string } }>(page, "core.me");
  const saved = await mutateFromPage<{ notificationPath: string }>(page, "core.telephony.settings.save", {
    adapter: "zadarma",
    settings: { ...keys, timeZone: "Europe/Moscow" },
  });
  await mutateFromPage(page, "core.telephony.extensions.set", { extension: "101", userId: me.user.id });
  clientId = (
    await mutateFromPage<{ id: string }>(page, "core.clients.create", {
      name: "Альфа-Трейд",
      phones: ["+7 495 123-45-67"],
    })
  ).id;
  const inbound = {
    pbx_call_id: "in_1",
    caller_id: "74951234567",
    called_did: "74957654321",
    call_start: start,
  };
  const end = {
    ...inbound,
    internal: "101",
    duration: "185",
    disposition: "answered",
    is_recorded: "1",
    call_id_with_rec: "rec_1",
  };
  // Zadarma retries: the same end three times is still one call.
  for (let i = 0; i < 3; i++) await notify(saved.notificationPath, keys.secret, "NOTIFY_END", end);
  const outbound = {
    pbx_call_id: "out_1",
    internal: "101",
    destination: "74951234567",
    call_start: "2026-12-07 15:00:00",
  };
  await notify(saved.notificationPath, keys.secret, "NOTIFY_OUT_END", {
    ...outbound,
    duration: "0",
    disposition: "busy",
    is_recorded: "0",
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await api?.close();
});

const entries = () => browser.page.locator('.feed__entry[data-type="call"]');

describe("calls from the telephone exchange on the client's timeline", () => {
  it("shows each call once, with its direction, member, result and a recording that plays", async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [locale, dict] of bothLanguages) {
      await useLocale(page, locale);
      await page.goto(`${server.url}/clients/${clientId}`);
      await expect.poll(() => entries().count(), { timeout: 30_000 }).toBe(2);
      // Written by the server in the organisation's language, worded for the reader.
      const inbound = entries().filter({ hasText: locale === "ru" ? "Входящий звонок" : "Incoming call" });
      expect(await inbound.count()).toBe(1);
      expect(await inbound.textContent()).toContain(anna.name);
      expect(await inbound.textContent()).toContain(dict.clientPage.composer.results.reached);
      expect(await inbound.textContent()).toContain(dict.clientPage.feed.pbx.via);
      const outbound = entries().filter({ hasText: locale === "ru" ? "Исходящий звонок" : "Outgoing call" });
      expect(await outbound.textContent()).toContain(dict.clientPage.composer.results.busy);
      expect(await page.locator(".feed__recording").count()).toBe(1);
      await expectNoLeaks(page);
      await screenshot(page, `telephony-call-timeline-${locale}`);
    }
    // The browser follows the app's link to the provider's and decodes the recording.
    const duration = () =>
      page.locator(".feed__recording").evaluate((audio: HTMLAudioElement) => {
        if (audio.readyState === 0) audio.load();
        return audio.duration;
      });
    await expect.poll(duration, { timeout: 30_000 }).toBeGreaterThan(0.5);
  });

  it("fits a phone in both languages", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => entries().count(), { timeout: 30_000 }).toBe(2);
      expect(await page.getByText(dict.clientPage.feed.pbx.via).count()).toBe(2);
      await screenshot(page, `telephony-call-timeline-phone-${locale}`);
    });
  });
});
