import { notificationMessages } from "@quartet/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { telegramMessage } from "../../../../plugins/prospecting/test/support/samples.ts";
import { bot, type NotifyHost, notifyHost } from "./notify-host.ts";

const chat = 777_000_111;

describe("Telegram direct messages to staff", () => {
  let h: NotifyHost;
  let webhook: string;
  beforeEach(async () => {
    h = await notifyHost();
    webhook = await h.connectBot();
  });
  afterEach(() => h.close());

  const postUpdate = (update: unknown) =>
    h.t.app().request(webhook, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": bot.secret },
      body: JSON.stringify(update),
    });
  const sendToBot = (updateId: number, text: string) => postUpdate(telegramMessage(updateId, chat, text));
  const sent = (chatId = chat) =>
    h.telegram.calls.filter((c) => c.method === "sendMessage" && c.body.chat_id === String(chatId));
  const newRequest = async () => {
    await (await h.as(h.owner)).prospecting.inbox.create({ source: "phone", name: "Мария" });
    await h.deliver();
  };

  async function linkedMember() {
    const caller = await h.member("Пётр", "member", "prospecting");
    const api = (await h.as(caller)).core.notifications;
    const { url, expiresAt } = await api.telegram.linkStart();
    expect(expiresAt).toBe(h.clock.now() + 15 * 60_000);
    const code = new URL(url).searchParams.get("start") ?? "";
    expect(url).toBe(`https://t.me/quartet_test_bot?start=${code}`);
    expect((await sendToBot(9001, `/start ${code}`)).status).toBe(200);
    return { caller, api };
  }

  it("links a member's chat with /start <code> and confirms in their language, opening no request", async () => {
    const { api } = await linkedMember();
    expect(sent()).toEqual([
      expect.objectContaining({
        body: expect.objectContaining({ text: expect.stringMatching(/^Готово: уведомления Quartet/) }),
      }),
    ]);
    expect((await (await h.as(h.owner)).prospecting.inbox.list({})).items).toEqual([]);
    expect((await api.preferences.get()).telegram).toEqual({ available: true, linked: true });
    expect(h.telegram.calls.filter((c) => c.method === "getMe")).toHaveLength(1);
  });

  it("sends a new request to the linked member's chat with the link to open it", async () => {
    await linkedMember();
    await newRequest();
    const [, dm] = sent();
    expect(dm?.body.text).toMatch(
      /^Новая заявка: Мария\nКанал: внесена вручную\nhttps:\/\/crm\.example\.ru\/leads\?request=req_/,
    );
    expect(dm?.token).toBe(bot.token);
  });

  it("retries a failed send through the outbox; the bell has the notification meanwhile, the chat gets it once", async () => {
    const { api } = await linkedMember();
    h.telegram.failNext(1);
    await newRequest();
    expect(sent()).toHaveLength(2); // the confirmation and the refused try (the fake records both)
    expect((await api.list({})).unread).toBe(1);
    h.clock.advance(60_000);
    await h.deliver();
    await h.deliver();
    const [, refused, retried] = sent();
    expect(sent()).toHaveLength(3);
    expect(retried?.body.text).toBe(refused?.body.text);
  });

  it("sends nothing to a member who switched Telegram off for the type, or unlinked", async () => {
    const { api } = await linkedMember();
    const prefs = await api.preferences.set({
      type: "prospecting.request.received",
      channel: "telegram",
      enabled: false,
    });
    expect(prefs.types.find((t) => t.type === "prospecting.request.received")?.channels).toEqual({
      inApp: true,
      email: false,
      telegram: false,
    });
    await newRequest();
    expect(sent()).toHaveLength(1);
    expect((await api.list({})).unread).toBe(1);

    await api.preferences.set({ type: "prospecting.request.received", channel: "telegram", enabled: true });
    await api.telegram.unlink();
    expect((await api.preferences.get()).telegram).toEqual({ available: true, linked: false });
    await newRequest();
    expect(sent()).toHaveLength(1);
  });

  it("an expired code links nothing and says so", async () => {
    const caller = await h.member("Пётр", "member", "prospecting");
    const api = (await h.as(caller)).core.notifications;
    const code = new URL((await api.telegram.linkStart()).url).searchParams.get("start");
    h.clock.advance(15 * 60_000 + 1);
    await sendToBot(9002, `/start ${code}`);
    expect(sent()[0]?.body.text).toMatch(/^Ссылка устарела/);
    expect((await api.preferences.get()).telegram.linked).toBe(false);
  });

  it("a code sent in a group chat links nothing: only the member's own chat with the bot counts", async () => {
    const caller = await h.member("Пётр", "member", "prospecting");
    const api = (await h.as(caller)).core.notifications;
    const code = new URL((await api.telegram.linkStart()).url).searchParams.get("start");
    const update = telegramMessage(9003, chat, `/start ${code}`);
    update.message.chat.id = -100_200_300;
    await postUpdate(update);
    expect((await api.preferences.get()).telegram.linked).toBe(false);
  });

  it("refuses to start linking while no bot is connected", async () => {
    await (await h.as(h.owner)).prospecting.telegram.disconnect();
    const caller = await h.member("Пётр", "member", "prospecting");
    const api = (await h.as(caller)).core.notifications;
    expect((await api.preferences.get()).telegram).toEqual({ available: false, linked: false });
    await expect(api.telegram.linkStart()).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      cause: { key: notificationMessages.noBot },
    });
  });
});
