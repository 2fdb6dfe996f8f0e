import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchTelegramApi } from "../src/server/index.ts";
import { startFakeTelegram } from "./support/fake-telegram.ts";
import { type ProspectingHost, prospectingHost } from "./support/prospecting-host.ts";
import { telegramMessage } from "./support/samples.ts";

const secret = "s3cret-Token_1";

describe("POST /hooks/prospecting/telegram/:key", () => {
  let fake: Awaited<ReturnType<typeof startFakeTelegram>>;
  let h: ProspectingHost;
  let path: string;
  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(() => fake.close());
  beforeEach(async () => {
    fake.calls.length = 0;
    h = await prospectingHost({
      ports: { telegram: fetchTelegramApi({ baseUrl: fake.url }) },
      settings: {
        telegramBotToken: "123:ABC",
        telegramWebhookSecret: secret,
        publicUrl: "https://crm.example.ru",
      },
    });
    const { webhookUrl } = await (await h.as(h.owner)).prospecting.telegram.connect({
      registerWebhook: true,
    });
    path = new URL(webhookUrl).pathname;
  });
  afterEach(() => h.close());

  const post = (body: unknown, token: string | null = secret) =>
    h.hook(path, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { "x-telegram-bot-api-secret-token": token } : {}),
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const inbox = async () => (await h.as(h.owner)).prospecting.inbox.list({});

  it("registered the webhook with Telegram, secret included", () => {
    expect(fake.calls).toEqual([
      {
        token: "123:ABC",
        method: "setWebhook",
        body: expect.objectContaining({ url: `https://crm.example.ru${path}`, secret_token: secret }),
      },
    ]);
  });

  it("turns a real Update into an inbound request, answers it, and threads later messages", async () => {
    expect((await post(telegramMessage(5001, 111222333, "/start vk_spring"))).status).toBe(200);
    const [request] = (await inbox()).items;
    expect(request).toMatchObject({
      channel: "telegram",
      source: "telegram:vk_spring",
      contactName: "Мария Иванова",
      telegramUsername: "maria_i",
    });
    expect(fake.calls.at(-1)).toMatchObject({ method: "sendMessage", body: { chat_id: "111222333" } });

    await post(telegramMessage(5002, 111222333, "Сколько стоит коробка?"));
    await post(telegramMessage(5002, 111222333, "Сколько стоит коробка?")); // Telegram retries
    const { items } = await inbox();
    expect(items).toHaveLength(1);
    const detail = await (await h.as(h.owner)).prospecting.inbox.get({ requestId: items[0]?.id ?? "" });
    expect(detail.conversation.map((m) => [m.direction, m.text])).toEqual([
      ["in", "/start vk_spring"],
      ["out", "Здравствуйте! Мы получили ваше сообщение и скоро ответим."],
      ["in", "Сколько стоит коробка?"],
    ]);
  });

  it("refuses a wrong or missing secret and writes nothing", async () => {
    expect((await post(telegramMessage(6001, 42, "Здравствуйте"), "wrong")).status).toBe(401);
    expect((await post(telegramMessage(6001, 42, "Здравствуйте"), null)).status).toBe(401);
    expect((await inbox()).items).toEqual([]);
  });

  it("answers 400 to a malformed body and writes nothing", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ message: { text: "no update id" } })).status).toBe(400);
    expect((await post({ update_id: 7, message: { message_id: 1, date: 1, text: "no chat" } })).status).toBe(
      400,
    );
    expect((await inbox()).items).toEqual([]);
  });

  it("answers 200 to update kinds it ignores, without a request", async () => {
    const response = await post({
      update_id: 8,
      channel_post: { message_id: 1, chat: { id: -100, type: "channel" }, date: 1 },
    });
    expect(response.status).toBe(200);
    expect((await inbox()).items).toEqual([]);
  });

  /** A private message of `telegramMessage` with its text replaced by `content` (a sticker, a photo…). */
  const withContent = (updateId: number, chatId: number, content: Record<string, unknown>) => {
    const { text: _, ...message } = telegramMessage(updateId, chatId, "").message;
    return { update_id: updateId, message: { ...message, ...content } };
  };

  it.each([
    ["group", { id: -4242, title: "Закупки", type: "group" }],
    ["supergroup", { id: -1004242, title: "Оптовики", type: "supergroup" }],
    ["channel", { id: -1009999, title: "Новости", type: "channel" }],
  ])("acknowledges a %s's messages and ignores them: no request, no reply into it", async (_, chat) => {
    const inGroup = (updateId: number, text: string) => {
      const update = telegramMessage(updateId, 111222333, text);
      return { ...update, message: { ...update.message, chat } };
    };
    for (const update of [inGroup(8101, "/start vk_spring"), inGroup(8102, "Кто продаёт коробки?")]) {
      const response = await post(update);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, ignored: true });
    }
    const asChannelPost = { update_id: 8103, channel_post: inGroup(8103, "Скидки").message };
    expect((await post(asChannelPost)).status).toBe(200);
    expect((await inbox()).items).toEqual([]);
    expect(fake.calls.map((call) => call.method)).toEqual(["setWebhook"]);
  });

  it.each([
    ["a sticker", { sticker: { file_id: "CAACAgI", width: 512, height: 512, emoji: "👍" } }],
    ["a photo without caption", { photo: [{ file_id: "AgACAgI", width: 90, height: 90 }] }],
    ["a voice message", { voice: { file_id: "AwACAgI", duration: 4 } }],
  ])("does not open a request for %s alone", async (_, content) => {
    const response = await post(withContent(8201, 777, content));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, ignored: true });
    expect((await inbox()).items).toEqual([]);
    expect(fake.calls.map((call) => call.method)).toEqual(["setWebhook"]);
  });

  it("records a sticker, a photo, a voice message and a file in an open conversation as what they are", async () => {
    await post(telegramMessage(8301, 778, "Здравствуйте, нужны коробки"));
    await post(withContent(8302, 778, { sticker: { file_id: "CAACAgI", width: 512, height: 512 } }));
    await post(withContent(8303, 778, { photo: [{ file_id: "AgACAgI" }], caption: "Вот такие" }));
    await post(
      withContent(8304, 778, { voice: { file_id: "AwACAgI", duration: 4, mime_type: "audio/ogg" } }),
    );
    const pdf = {
      file_id: "BQACAgI",
      file_name: "ТЗ на коробки.pdf",
      mime_type: "application/pdf",
      file_size: 48_213,
    };
    await post(withContent(8305, 778, { document: pdf }));
    const [request] = (await inbox()).items;
    const detail = await (await h.as(h.owner)).prospecting.inbox.get({ requestId: request?.id ?? "" });
    const file = (kind: string, fileId: string, more: object = {}) => ({
      kind,
      fileId,
      fileName: null,
      mimeType: null,
      size: null,
      ...more,
    });
    expect(detail.conversation.filter((m) => m.direction === "in").map((m) => [m.media, m.text])).toEqual([
      [null, "Здравствуйте, нужны коробки"],
      [file("sticker", "CAACAgI"), null],
      [file("photo", "AgACAgI"), "Вот такие"],
      [file("voice", "AwACAgI", { mimeType: "audio/ogg" }), null],
      [
        file("document", "BQACAgI", {
          fileName: "ТЗ на коробки.pdf",
          mimeType: "application/pdf",
          size: 48_213,
        }),
        null,
      ],
    ]);
    // Nothing of it is written into the text as a marker any more.
    const handle = await h.t.host.orgs.get(h.orgId);
    const texts = await handle.client.execute(
      "SELECT text FROM prospecting_messages WHERE text LIKE '%[media:%'",
    );
    expect(texts.rows).toEqual([]);
  });

  it("answers a request through the bot and stamps the first action", async () => {
    await post(telegramMessage(5101, 555, "Есть доставка в Казань?"));
    const [request] = (await inbox()).items;
    expect(request?.firstActionAt).toBeNull();
    await (await h.as(h.owner)).prospecting.inbox.reply({ requestId: request?.id ?? "", text: "Да, есть." });
    expect(fake.calls.at(-1)).toMatchObject({
      method: "sendMessage",
      body: { chat_id: "555", text: "Да, есть." },
    });
    expect((await inbox()).items[0]?.firstActionAt).toEqual(expect.any(Number));
  });

  it("is inert after disconnecting or for an unknown key", async () => {
    await (await h.as(h.owner)).prospecting.telegram.disconnect();
    expect((await post(telegramMessage(7001, 9, "x"))).status).toBe(404);
    expect(
      (await h.hook("/hooks/prospecting/telegram/not-a-real-key-000000", { method: "POST", body: "{}" }))
        .status,
    ).toBe(404);
  });
});

describe("fetchTelegramApi", () => {
  it("reads its base URL from QUARTET_TELEGRAM_API_URL", async () => {
    const fake = await startFakeTelegram();
    const before = process.env.QUARTET_TELEGRAM_API_URL;
    process.env.QUARTET_TELEGRAM_API_URL = fake.url;
    try {
      await fetchTelegramApi().sendMessage("1:T", "42", "Привет");
      expect(fake.calls).toEqual([
        { token: "1:T", method: "sendMessage", body: { chat_id: "42", text: "Привет" } },
      ]);
      await expect(fetchTelegramApi().sendMessage("bad", "42", "x")).rejects.toThrow(/Unauthorized/);
    } finally {
      if (before === undefined) delete process.env.QUARTET_TELEGRAM_API_URL;
      else process.env.QUARTET_TELEGRAM_API_URL = before;
      await fake.close();
    }
  });
});
