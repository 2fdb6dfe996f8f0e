import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.ts";
import { ru } from "../src/i18n/ru.ts";
import {
  type Account,
  anna,
  inviteThroughApi,
  ivan,
  signUpThroughApi,
  signUpWithOrganisation,
} from "./support/accounts.ts";
import { launchBrowser, screenshot, type TestBrowser } from "./support/browser.ts";
import { enablePlugin } from "./support/enable-plugin.ts";
import {
  atPhoneInBothLanguages,
  expectNoLeaks,
  expectNoSideScroll,
  expectRussian,
  useLocale,
} from "./support/screen-checks.ts";
import { startServer, type TestServer } from "./support/server.ts";
import { fill } from "./support/text.ts";
import { mutateFromPage, queryFromPage } from "./support/trpc.ts";

/** A member who does not cover prospecting. */
const olga: Account = { name: "Ольга Смирнова", email: "olga@example.ru", password: "farming-owl-31" };

/** The chat the fake Telegram says Anna writes from. */
const annaChat = 777_000_111;

/** What `core.notifications.preferences.get` answers, as far as the test reads it. */
type Preferences = {
  types: {
    type: string;
    plugin: string | null;
    label: string;
    channels: { inApp: boolean; telegram: boolean };
  }[];
};

/** One call the fake Bot API received. */
type BotCall = { method: string; body: Record<string, unknown> };

/**
 * A local stand-in for api.telegram.org: records `POST /bot<token>/<method>`, answers `getMe` with
 * the bot's username and everything else with `{ ok: true }`. Nothing here reaches the internet.
 */
async function startFakeTelegram() {
  const calls: BotCall[] = [];
  const server = createServer(async (req, res) => {
    const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? "")?.[1];
    if (!method) return void res.writeHead(404).end();
    calls.push({ method, body: JSON.parse((await readAll(req)) || "{}") as Record<string, unknown> });
    const result =
      method === "getMe" ? { id: 42, is_bot: true, first_name: "Ромашка", username: "romashka_bot" } : true;
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readAll(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text;
}

let server: TestServer;
let telegram: Awaited<ReturnType<typeof startFakeTelegram>>;
let annaBrowser: TestBrowser;
let ivanBrowser: TestBrowser;
let olgaBrowser: TestBrowser;
let annaTab2: Page;
let formPath: string;
let webhookPath: string;
let webhookSecret: string;

const bell = (page: Page) => page.locator(".notif-bell__trigger");
const badge = (page: Page) => page.locator(".notif-bell__badge");
const panel = (page: Page) => page.locator(".notif-panel");
const toast = (page: Page, text: string) => page.locator(".q-toast", { hasText: text }).count();

/** A tRPC query from the page in its tab's organisation and language, as the app's client sends it. */
const inTabOrg = <T>(page: Page, path: string) =>
  page.evaluate(async (procedure) => {
    const headers = {
      "x-quartet-org": sessionStorage.getItem("quartet.org") ?? "",
      "x-quartet-locale": localStorage.getItem("quartet.locale") ?? "ru",
    };
    const response = await fetch(`/trpc/${procedure}`, { headers });
    if (response.status !== 200) throw new Error(`${procedure} answered ${response.status}`);
    return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
  }, path) as Promise<T>;
const unread = async (page: Page) =>
  (await inTabOrg<{ count: number }>(page, "core.notifications.unreadCount")).count;

/** Flips a settings switch as a person does: a click on its track (its label is for screen readers only). */
const flip = (page: Page, name: string) =>
  page
    .locator(".q-switch", { has: page.getByRole("switch", { name }) })
    .locator(".q-switch__control")
    .click();

/** Waits (without asserting on speed) until the bell's badge reads `text`; resolves when it does. */
const badgeReads = (page: Page, text: string) =>
  page.waitForFunction((want) => document.querySelector(".notif-bell__badge")?.textContent === want, text, {
    timeout: 20_000,
  });

/** Waits until the tab's live stream is open, so a submit is measured from a listening tab. */
const streamOpen = (page: Page) =>
  expect.poll(() => bell(page).getAttribute("data-live"), { timeout: 20_000 }).toBe("true");

/** Posts the public web form as a visitor's browser would, from the allowed site. */
async function submitLead(name: string, phone: string): Promise<void> {
  const answer = await fetch(`${server.url}${formPath}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "https://romashka.ru" },
    body: JSON.stringify({ name, phone, consent: true }),
  });
  expect(answer.status).toBe(201);
}

/** Signs an invited account up and accepts the invitation in its own browser. */
async function join(browser: TestBrowser, account: Account, role: string): Promise<void> {
  const link = await inviteThroughApi(annaBrowser.page, account.email, role);
  await signUpThroughApi(browser.page, server.url, account);
  await browser.page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
  await browser.page.getByRole("button", { name: ru.auth.invite.accept }).click();
  await browser.page.waitForURL((url) => !url.pathname.startsWith("/invite"));
}

beforeAll(async () => {
  telegram = await startFakeTelegram();
  // The server is a child process: it reads the Bot API's address from its environment.
  process.env.QUARTET_TELEGRAM_API_URL = telegram.url;
  server = await startServer();
  annaBrowser = await launchBrowser();
  ivanBrowser = await launchBrowser();
  olgaBrowser = await launchBrowser();
  annaTab2 = await annaBrowser.context.newPage();
});

afterAll(async () => {
  await annaBrowser?.close();
  await ivanBrowser?.close();
  await olgaBrowser?.close();
  await server?.stop();
  await telegram?.close();
  delete process.env.QUARTET_TELEGRAM_API_URL;
});

describe("notifications: the bell, live in every tab, and Telegram", () => {
  it("Anna's organisation takes leads by a web form; Anna and Ivan cover prospecting, Olga farming", async () => {
    const { page } = annaBrowser;
    await signUpWithOrganisation(page, server.url, anna, "Ромашка");
    await enablePlugin(page, server.url, "Лидогенерация");
    const form = await mutateFromPage<{ key: string }>(page, "prospecting.forms.create", {
      name: "Заявка с сайта",
      definition: {
        fields: [
          { key: "name", label: "Имя", type: "text", required: true, role: "name" },
          { key: "phone", label: "Телефон", type: "phone", required: true },
        ],
      },
      allowedOrigins: ["https://romashka.ru"],
    });
    formPath = `/hooks/prospecting/forms/${form.key}`;
    await join(ivanBrowser, ivan, "member");
    await join(olgaBrowser, olga, "member");
    const members = await queryFromPage<{ userId: string; email: string }[]>(page, "core.members.list");
    for (const email of [anna.email, ivan.email]) {
      const userId = members.find((member) => member.email === email)?.userId;
      await mutateFromPage(page, "core.staffing.assign", { userId, function: "prospecting" });
    }
    const farmer = members.find((member) => member.email === olga.email)?.userId;
    await mutateFromPage(page, "core.staffing.assign", { userId: farmer, function: "farming" });
  });

  it("a web-form lead rings the bell in both of Anna's tabs and in Ivan's, not in Olga's", async () => {
    const tabs = [annaBrowser.page, annaTab2, ivanBrowser.page];
    for (const page of [...tabs, olgaBrowser.page]) {
      await page.goto(`${server.url}/`);
      await streamOpen(page);
      expect(await badge(page).count()).toBe(0);
    }
    const submitted = Date.now();
    await submitLead("Мария Иванова", "+7 912 555-01-02");
    const took = await Promise.all(
      tabs.map(async (page) => {
        await badgeReads(page, "1");
        return Date.now() - submitted;
      }),
    );
    // The 2 seconds, measured and reported rather than asserted (a loaded machine is slower).
    console.info(`notifications: submit → badge in ${took.join(" ms, ")} ms (Anna tab 1, Anna tab 2, Ivan)`);
    expect(await unread(olgaBrowser.page)).toBe(0);
    expect(await badge(olgaBrowser.page).count()).toBe(0);
    await expect.poll(() => annaBrowser.page.title()).toMatch(/^\(1\) .+ — Quartet$/);
    await expect.poll(() => annaTab2.title()).toMatch(/^\(1\) /);
    expect(await olgaBrowser.page.title()).not.toMatch(/^\(/);
    expect(await bell(ivanBrowser.page).getAttribute("aria-label")).toBe("Уведомления: 1 непрочитанное");
    // Screen readers hear what came.
    await expect
      .poll(() => ivanBrowser.page.locator(".notif-bell [aria-live]").textContent())
      .toMatch(/^Новое уведомление: .*Мария Иванова/);
  });

  it("opening it from the bell lands on the request, and the other tab's count drops", async () => {
    const page = annaBrowser.page;
    await bell(page).click();
    const item = panel(page).locator(".notif-row--unread", { hasText: "Мария Иванова" });
    await expect.poll(() => item.count()).toBe(1);
    await expectRussian(page);
    await expectNoLeaks(page);
    await screenshot(page, "notifications-bell-ru", { fullPage: false });

    await page.keyboard.press("Escape");
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("notif-bell__trigger"))).toBe(
      true,
    );

    await bell(page).click();
    const href = await item.locator("a").getAttribute("href");
    expect(href).toMatch(/^\/leads/);
    await item.locator("a").click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
    await expect.poll(() => badge(page).count()).toBe(0);
    await expect.poll(() => badge(annaTab2).count()).toBe(0);
    await expect.poll(() => annaTab2.title()).not.toMatch(/^\(/);
    expect(await badge(ivanBrowser.page).textContent()).toBe("1");
  });

  it("the notifications page lists them, with an unread tab", async () => {
    const page = ivanBrowser.page;
    await page.goto(`${server.url}/notifications`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(ru.notifications.page.title);
    await expect.poll(() => page.locator(".notif-row", { hasText: "Мария Иванова" }).count()).toBe(1);
    await expectRussian(page);
    await expectNoLeaks(page);
    await screenshot(page, "notifications-page-ru");
    await page.getByRole("button", { name: ru.notifications.bell.markAllRead }).click();
    await expect.poll(() => toast(page, ru.notifications.page.allRead)).toBe(1);
    await expect.poll(() => badge(page).count()).toBe(0);
    await page.getByRole("tab", { name: new RegExp(`^${ru.notifications.page.unread}`) }).click();
    await expect.poll(() => page.getByText(ru.notifications.page.emptyUnread).count()).toBe(1);
    await useLocale(page, "en");
    await expect.poll(() => page.locator(".notif-row").count()).toBe(1);
    await screenshot(page, "notifications-page-en");
    await atPhoneInBothLanguages(page, async (_locale, dict) => {
      await expect.poll(() => page.locator("h1").textContent()).toBe(dict.notifications.page.title);
      await expect.poll(() => page.locator(".notif-row").count()).toBe(1);
      await screenshot(page, `notifications-page-phone-${_locale}`);
    });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("Ivan switches in-app off for leads: the next lead rings Anna's bell, not his", async () => {
    const page = ivanBrowser.page;
    await page.goto(`${server.url}/settings/notifications`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(ru.notifications.preferences.title);
    const prefs = await inTabOrg<Preferences>(page, "core.notifications.preferences.get");
    const leadType = prefs.types.find((type) => type.plugin === "prospecting");
    expect(leadType).toBeDefined();
    const label = leadType?.label ?? "";
    const inApp = page.getByRole("switch", { name: `${label}: ${ru.notifications.preferences.inApp}` });
    expect(await inApp.isChecked()).toBe(true);
    await expectRussian(page, ["Telegram"]);
    await expectNoLeaks(page);
    await screenshot(page, "notifications-preferences-ru");
    await flip(page, `${label}: ${ru.notifications.preferences.inApp}`);
    const words = { type: label, channel: ru.notifications.preferences.inApp };
    await expect.poll(() => toast(page, fill(ru.notifications.preferences.off, words))).toBe(1);
    await page.reload();
    await expect.poll(() => inApp.isChecked()).toBe(false);

    await page.goto(`${server.url}/`);
    await streamOpen(page);
    await streamOpen(annaTab2);
    await submitLead("Сергей Кузнецов", "+7 912 555-03-04");
    await badgeReads(annaTab2, "1");
    expect(await unread(page)).toBe(0);
    expect(await badge(page).count()).toBe(0);
  });

  it("Anna links Telegram and the next lead reaches her chat with the lead's name", async () => {
    const page = annaBrowser.page;
    await page.goto(`${server.url}/settings/notifications`);
    await expect.poll(() => page.getByText(ru.notifications.telegram.noBot).count()).toBe(1);
    await screenshot(page, "notifications-preferences-no-bot-ru");

    await page.goto(`${server.url}/leads/telegram`);
    await page.getByRole("button", { name: "Задать токен" }).click();
    await page.getByLabel("Новый токен").fill("123456:ABC-test-token");
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect.poll(() => page.getByText("Токен задан").count()).toBe(1);
    const connected = await mutateFromPage<{ webhookUrl: string }>(page, "prospecting.telegram.connect", {
      publicUrl: server.url,
      registerWebhook: true,
    });
    webhookPath = new URL(connected.webhookUrl).pathname;
    webhookSecret = String(
      telegram.calls.find((call) => call.method === "setWebhook")?.body.secret_token ?? "",
    );
    expect(webhookSecret).not.toBe("");

    await page.goto(`${server.url}/settings/notifications`);
    await page.getByRole("button", { name: ru.notifications.telegram.link }).click();
    const open = page.getByRole("link", { name: ru.notifications.telegram.open });
    await expect.poll(() => open.count()).toBe(1);
    const deepLink = new URL((await open.getAttribute("href")) ?? "");
    expect(`${deepLink.origin}${deepLink.pathname}`).toBe("https://t.me/romashka_bot");
    const code = deepLink.searchParams.get("start") ?? "";
    expect(code).not.toBe("");
    await screenshot(page, "notifications-preferences-link-ru");

    // What Telegram sends when Anna presses «Запустить» in the bot's chat.
    const update = {
      update_id: 9001,
      message: {
        message_id: 11,
        from: { id: annaChat, is_bot: false, first_name: "Анна", language_code: "ru" },
        chat: { id: annaChat, first_name: "Анна", type: "private" },
        date: Math.floor(Date.now() / 1000),
        text: `/start ${code}`,
        entities: [{ offset: 0, length: 6, type: "bot_command" }],
      },
    };
    const hooked = await fetch(`${server.url}${webhookPath}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": webhookSecret },
      body: JSON.stringify(update),
    });
    expect(hooked.status).toBe(200);
    await expect
      .poll(() => page.getByText(ru.notifications.telegram.linked).count(), { timeout: 20_000 })
      .toBe(1);
    const toChat = () =>
      telegram.calls.filter(
        (call) => call.method === "sendMessage" && String(call.body.chat_id) === String(annaChat),
      );
    await expect.poll(() => toast(page, ru.notifications.telegram.linkedNow)).toBe(1);
    // The bot confirms the link in the chat.
    await expect.poll(() => toChat().length).toBe(1);

    const prefs = await inTabOrg<Preferences>(page, "core.notifications.preferences.get");
    const lead = prefs.types.find((type) => type.plugin === "prospecting");
    const leadSwitch = page.getByRole("switch", {
      name: `${lead?.label}: ${ru.notifications.preferences.telegram}`,
    });
    if (!lead?.channels.telegram)
      await flip(page, `${lead?.label}: ${ru.notifications.preferences.telegram}`);
    await expect.poll(() => leadSwitch.isChecked()).toBe(true);
    await screenshot(page, "notifications-preferences-linked-ru");

    await submitLead("Пётр Смирнов", "+7 912 555-05-06");
    await expect
      .poll(() => toChat().map((call) => String(call.body.text)), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining("Пётр Смирнов"));

    await page.getByRole("button", { name: ru.notifications.telegram.unlink }).click();
    await expect.poll(() => toast(page, ru.notifications.telegram.unlinked)).toBe(1);
    await expect
      .poll(() => page.getByRole("button", { name: ru.notifications.telegram.link }).count())
      .toBe(1);
  });

  it("a tab switched to another organisation listens there, and hears Ромашка again once back", async () => {
    const page = annaTab2;
    await mutateFromPage(page, "core.org.create", { name: "Петрова и партнёры", growthStage: "solo" });
    await page.goto(`${server.url}/`);
    await streamOpen(page);
    const before = await unread(page);
    expect(before).toBeGreaterThan(0);
    await badgeReads(page, String(before));
    const switchTo = async (name: string) => {
      await page.locator(".org-switcher").click();
      await page.getByRole("menuitemradio", { name: new RegExp(name) }).click();
      await expect.poll(() => page.locator(".org-switcher__name").textContent()).toBe(name);
    };
    await switchTo("Петрова и партнёры");
    await expect.poll(() => badge(page).count()).toBe(0);
    await streamOpen(page);

    await submitLead("Олег Новиков", "+7 912 555-07-08");
    await badgeReads(annaBrowser.page, String(before + 1));
    expect(await badge(page).count()).toBe(0);
    await switchTo("Ромашка");
    await badgeReads(page, String(before + 1));
  });

  it("a stream the server refused is tried again, and the bell goes live", async () => {
    const page = olgaBrowser.page;
    const stream = "**/api/v1/notifications/stream**";
    let refused = 0;
    await page.route(stream, (route) => {
      refused += 1;
      return route.fulfill({ status: 503, body: "" });
    });
    await page.goto(`${server.url}/`);
    await expect.poll(() => refused).toBe(1);
    expect(await bell(page).getAttribute("data-live")).toBe("false");
    await page.unroute(stream);
    await expect.poll(() => bell(page).getAttribute("data-live"), { timeout: 45_000 }).toBe("true");
  });

  it("reads well in English and on a phone", async () => {
    const page = annaBrowser.page;
    await useLocale(page, "en");
    await expect.poll(() => page.locator("h1").textContent()).toBe(en.notifications.preferences.title);
    await screenshot(page, "notifications-preferences-en");
    await page.goto(`${server.url}/`);
    await bell(page).click();
    await expect.poll(() => panel(page).locator(".notif-row").count()).toBeGreaterThan(0);
    await screenshot(page, "notifications-bell-en", { fullPage: false });
    await page.keyboard.press("Escape");

    await page.goto(`${server.url}/settings/notifications`);
    await atPhoneInBothLanguages(page, async (locale, dict) => {
      await expect.poll(() => page.locator("h1").textContent()).toBe(dict.notifications.preferences.title);
      await screenshot(page, `notifications-preferences-phone-${locale}`);
    });
    await page.goto(`${server.url}/`);
    await atPhoneInBothLanguages(page, async (locale) => {
      await bell(page).click();
      await expect.poll(() => panel(page).locator(".notif-row").count()).toBeGreaterThan(0);
      const box = await panel(page).boundingBox();
      expect(box?.x).toBe(0);
      expect(box?.width).toBe(390);
      await expectNoSideScroll(page);
      if (locale === "ru") await expectRussian(page);
      await screenshot(page, `notifications-bell-phone-${locale}`, { fullPage: false });
    });
  });
});
