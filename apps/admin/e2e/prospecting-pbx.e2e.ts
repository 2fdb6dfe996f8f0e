import { signedNotification, startFakeZadarma } from "@quartet/server/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anna, signUpWithOrganisation } from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { roundTheClockCampaign } from "./support/call-campaign.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import { atPhoneInBothLanguages, expectNoLeaks, useLocale } from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };
const phone = "+74955005550";

let api: Awaited<ReturnType<typeof startFakeZadarma>>;
let server: TestServer;
let browser: TestBrowser;
let notificationPath = "";

/** Posts a notification as Zadarma does: form body and `Signature` header. */
const notify = async (...args: Parameters<typeof signedNotification>) => {
  const response = await fetch(`${server.url}${notificationPath}`, {
    method: "POST",
    ...signedNotification(...args),
  });
  expect(response.status).toBe(200);
};

/** The call screen's parts: the client card, the PBX's word on the call, an outcome button. */
const card = (page: Page) => page.locator("section.q-card", { has: page.locator(".pr-phone") });
const pbx = (page: Page) => page.locator(".pr-pbx");
const outcomeButton = (page: Page, label: string) =>
  page.locator(".pr-keys .q-button", { hasText: label }).first();

beforeAll(async () => {
  api = await startFakeZadarma(keys);
  server = await startServer({ env: { QUARTET_ZADARMA_API_URL: api.url }, timeoutMs: 120_000 });
  browser = await launchBrowser();
  const { page } = browser;
  await signUpWithOrganisation(page, server.url, anna, "Ромашка");
}, 240_000);

/** Prospecting on, a PBX with Anna on extension 101, one client on a campaign. */
async function seed(page: Page) {
  await enablePlugin(page, server.url, "Лидогенерация");
  const call = <T>(path: string, input: unknown) => mutateFromPage<T>(page, path, input);
  const me = await queryFromPage<{ user: { id: string } }>(page, "core.me");
  notificationPath = (
    await call<{ notificationPath: string }>("core.telephony.settings.save", {
      adapter: "zadarma",
      settings: { ...keys, timeZone: "Europe/Moscow" },
    })
  ).notificationPath;
  await call("core.telephony.extensions.set", { extension: "101", userId: me.user.id });
  const client = await call<{ id: string }>("core.clients.create", {
    name: "ООО «Лютик»",
    phones: [phone],
    region: "Москва",
  });
  await roundTheClockCampaign(page, [client.id]);
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await api?.close();
});

describe("the call screen with a PBX", () => {
  it("«Позвонить» sends a signed click-to-call; the PBX's «no answer» pre-selects «Не ответил»", async () => {
    const { page } = browser;
    await seed(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await useLocale(page, "ru");
    await page.goto(`${server.url}/calls`);
    await page.getByRole("button", { name: /Следующая запись/ }).click();
    await expect.poll(() => card(page).textContent()).toContain("+7 (495) 500-55-50");
    await card(page).getByRole("button", { name: "Позвонить" }).click();
    await expect.poll(() => api.requests.filter((r) => r.method === "/v1/request/callback/").length).toBe(1);
    expect(api.requests.at(-1)).toMatchObject({
      params: { from: "101", to: phone.slice(1) },
      signed: true,
    });
    await expect.poll(() => page.getByText("Ждём, чем закончится звонок…").count()).toBeGreaterThan(0);
    await notify(keys.secret, "NOTIFY_OUT_END", {
      pbx_call_id: "out_1",
      internal: "101",
      destination: phone.slice(1),
      call_start: "2026-12-07 12:30:05",
      duration: "0",
      disposition: "no answer",
      is_recorded: "0",
    });
    await expect.poll(() => pbx(page).textContent(), { timeout: 30_000 }).toContain("Клиент не ответил");
    expect(await outcomeButton(page, "Не ответил").getAttribute("data-variant")).toBe("primary");
    expect(await outcomeButton(page, "Занято").getAttribute("data-variant")).toBe("secondary");
    expect(await pbx(page).getByRole("button", { name: "Подтвердить: Не ответил" }).count()).toBe(1);
    await expectNoLeaks(page);
    await screenshot(page, "prospecting-pbx-call-ru");

    await useLocale(page, "en");
    await expect.poll(() => pbx(page).textContent()).toContain("The client did not answer");
    expect(await outcomeButton(page, "No answer").getAttribute("data-variant")).toBe("primary");
    await expectNoLeaks(page);
    await screenshot(page, "prospecting-pbx-call-en");
  });

  it("fits a phone in both languages, and one press confirms the outcome", async () => {
    const { page } = browser;
    await atPhoneInBothLanguages(page, async (locale) => {
      await expect.poll(() => pbx(page).count()).toBe(1);
      expect(
        await card(page)
          .getByRole("button", { name: locale === "ru" ? "Позвонить" : "Call" })
          .count(),
      ).toBe(1);
      await screenshot(page, `prospecting-pbx-call-phone-${locale}`);
    });
    await pbx(page).getByRole("button", { name: "Подтвердить: Не ответил" }).click();
    await expect.poll(() => page.locator(".q-toast", { hasText: "Сохранено: Не ответил" }).count()).toBe(1);
    await expect.poll(() => pbx(page).count()).toBe(0);
  });

  it("a missed call from an unknown number waits in the inbox, marked «перезвонить»", async () => {
    const { page } = browser;
    await notify(keys.secret, "NOTIFY_END", {
      pbx_call_id: "in_1",
      caller_id: "79990001122",
      called_did: "74957654321",
      call_start: "2026-12-07 12:40:00",
      internal: "101",
      duration: "0",
      disposition: "no answer",
      is_recorded: "0",
    });
    const row = () => page.getByRole("row", { name: /\+7\s\(999\)\s000.11.22/ });
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [locale, source, mark] of [
      ["ru", "Звонок на +7 (495) 765-43-21", "Пропущенный — перезвонить"],
      ["en", "Call to +7 (495) 765-43-21", "Missed: call back"],
    ] as const) {
      await useLocale(page, locale);
      await page.goto(`${server.url}/leads`);
      await expect.poll(() => row().count(), { timeout: 30_000 }).toBe(1);
      // The number called never breaks across lines: no-break spaces and hyphens.
      const text = (await row().textContent())?.replace(/\s/g, " ").replace(/\u2011/g, "-");
      expect(text).toContain(source);
      expect(text).toContain(mark);
      await expectNoLeaks(page);
      await screenshot(page, `prospecting-pbx-missed-inbox-${locale}`);
    }
    await atPhoneInBothLanguages(page, async (locale) => {
      await expect.poll(() => row().count(), { timeout: 30_000 }).toBe(1);
      await screenshot(page, `prospecting-pbx-missed-inbox-phone-${locale}`);
    });
  });
});
