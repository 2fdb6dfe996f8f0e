import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna } from "./support/accounts.ts";
import { screenshot } from "./support/browser.ts";
import { type PbxScene, startWithPbx, zadarmaKeys } from "./support/pbx.ts";
import {
  atPhoneInBothLanguages,
  bothLanguages,
  expectNoLeaks,
  expectRussian,
  useLocale,
} from "./support/screen-checks.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

const start = "2026-12-07 12:30:05";

let scene: PbxScene;
let path = "";
let calls = 0;

/** Extension 101 (Анна) rings for a call from `caller`; Zadarma says so twice (it retries). */
const ring = async (caller: string) => {
  const callId = `in_${++calls}`;
  const fields = { pbx_call_id: callId, caller_id: caller, called_did: "74957654321", call_start: start };
  for (let i = 0; i < 2; i++) await scene.notify(path, "NOTIFY_INTERNAL", { ...fields, internal: "101" });
  return { callId, fields };
};
const answer = (call: Awaited<ReturnType<typeof ring>>) =>
  scene.notify(path, "NOTIFY_ANSWER", { ...call.fields, destination: "101", internal: "101" });

const popups = () => scene.browser.page.locator(".incoming-call");
/** The page is connected to its live stream (the bell says so), so a push reaches it. */
const live = () =>
  scene.browser.page.locator('.notif-bell__trigger[data-live="true"]').waitFor({ timeout: 30_000 });

beforeAll(async () => {
  scene = await startWithPbx();
  const { page } = scene.browser;
  const me = await queryFromPage<{ user: { id: string } }>(page, "core.me");
  path = (
    await mutateFromPage<{ notificationPath: string }>(page, "core.telephony.settings.save", {
      adapter: "zadarma",
      settings: { ...zadarmaKeys, timeZone: "Europe/Moscow" },
    })
  ).notificationPath;
  await mutateFromPage(page, "core.telephony.extensions.set", { extension: "101", userId: me.user.id });
  const client = await mutateFromPage<{ id: string }>(page, "core.clients.create", {
    name: "Альфа-Трейд",
    phones: ["+7 495 123-45-67"],
    contacts: [{ name: "Сергей Волков", position: "Директор по закупкам", phones: ["+7 495 123-45-67"] }],
  });
  await mutateFromPage(page, "core.plugins.enable", { pluginId: "first-sale" });
  await mutateFromPage(page, "firstSale.deals.create", {
    clientId: client.id,
    title: "Поставка насосов",
    estimate: { amountMinor: 125_000_000 },
  });
  await mutateFromPage(page, "core.timeline.log", {
    clientId: client.id,
    type: "note",
    function: null,
    body: "Просили перезвонить после праздников",
  });
});

afterAll(() => scene?.stop());

describe("the incoming-call popup", () => {
  it("shows who is calling before the member answers, once however often the exchange says so, and closes on answer", async () => {
    const { page } = scene.browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [locale, dict] of bothLanguages) {
      await useLocale(page, locale);
      await page.goto(`${scene.server.url}/`);
      await live();
      const known = await ring("74951234567");
      const stranger = await ring("79161112233");
      await expect.poll(() => popups().count(), { timeout: 30_000 }).toBe(2);
      const card = popups().filter({ hasText: "Альфа-Трейд" });
      const text = (await card.textContent()) ?? "";
      expect(text).toContain(dict.incomingCall.inbound);
      expect(text).toContain("+7 (495) 123-45-67");
      expect(text).toContain("Сергей Волков, Директор по закупкам");
      expect(text).toContain(anna.name);
      expect(text).toContain(dict.clientPage.types.note);
      expect(text).toContain(dict.incomingCall.deals);
      expect(text).toMatch(/1[\s,\u00a0\u202f]?250[\s,\u00a0\u202f]000/);
      expect(await card.getByRole("link", { name: "Поставка насосов" }).getAttribute("href")).toMatch(
        /^\/deals\/deal_/,
      );
      expect(await card.getByRole("link", { name: dict.incomingCall.openCard }).count()).toBe(1);
      const unknown = popups().filter({ hasText: "+7 (916) 111-22-33" });
      expect(await unknown.textContent()).toContain(dict.incomingCall.newClient);
      await expectNoLeaks(page);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `telephony-popup-${locale}`);
      await unknown.getByRole("button").click();
      await expect.poll(() => popups().count()).toBe(1);
      await answer(known);
      await expect.poll(() => popups().count(), { timeout: 30_000 }).toBe(0);
      await answer(stranger);
    }
  });

  it("opens the client's card from the popup, and fits a phone in both languages", async () => {
    const { page } = scene.browser;
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await live();
      await ring("74951234567");
      await expect.poll(() => popups().count(), { timeout: 30_000 }).toBe(1);
      await screenshot(page, `telephony-popup-phone-${locale}`);
      if (locale === "ru") {
        await popups().getByRole("link", { name: dict.incomingCall.openCard }).click();
        await page.waitForURL(/\/clients\/cli_/);
        await expect.poll(() => popups().count()).toBe(0);
      }
    });
  });
});
