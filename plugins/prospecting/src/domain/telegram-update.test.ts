import { describe, expect, it } from "vitest";
import { parseTelegramUpdate } from "./telegram-update.ts";

const from = {
  id: 111222333,
  is_bot: false,
  first_name: "Мария",
  last_name: "Иванова",
  username: "maria_i",
  language_code: "ru",
};
const chat = { id: 111222333, first_name: "Мария", username: "maria_i", type: "private" };

describe("parseTelegramUpdate", () => {
  it("reads a text message", () => {
    const update = {
      update_id: 9001,
      message: { message_id: 5, from, chat, date: 1768557600, text: "Сколько стоит?" },
    };
    expect(parseTelegramUpdate(update)).toEqual({
      ok: true,
      inbound: {
        updateId: 9001,
        kind: "message",
        chatId: "111222333",
        from: { id: 111222333, name: "Мария Иванова", username: "maria_i", languageCode: "ru" },
        at: 1768557600000,
        text: "Сколько стоит?",
        contact: null,
        media: null,
        startPayload: null,
        callbackData: null,
      },
    });
  });

  it.each([
    ["/start vk_spring", "vk_spring"],
    ["/start@romashka_bot ad-42", "ad-42"],
    ["/start", null],
    ["start vk", null],
  ])("reads the /start payload of %j", (text, payload) => {
    const update = { update_id: 1, message: { message_id: 1, from, chat, date: 1, text } };
    const result = parseTelegramUpdate(update);
    expect(result.ok && result.inbound?.startPayload).toBe(payload);
  });

  it("reads a shared contact", () => {
    const contact = { phone_number: "79123456789", first_name: "Мария", user_id: 111222333 };
    const result = parseTelegramUpdate({
      update_id: 2,
      message: { message_id: 2, from, chat, date: 1, contact },
    });
    expect(result.ok && result.inbound?.contact).toEqual({
      phone: "79123456789",
      name: "Мария",
      userId: 111222333,
    });
  });

  it("reads an edited message and a button press", () => {
    const edited = parseTelegramUpdate({
      update_id: 3,
      edited_message: { message_id: 2, from, chat, date: 5, text: "Ой" },
    });
    expect(edited.ok && edited.inbound).toMatchObject({ kind: "edited_message", text: "Ой" });
    const pressed = parseTelegramUpdate({
      update_id: 4,
      callback_query: {
        id: "cb1",
        from,
        message: { message_id: 7, chat, date: 6, text: "Выберите" },
        data: "price",
      },
    });
    expect(pressed.ok && pressed.inbound).toMatchObject({
      kind: "callback_query",
      chatId: "111222333",
      text: null,
      callbackData: "price",
    });
  });

  it("ignores update kinds it does not handle", () => {
    expect(parseTelegramUpdate({ update_id: 5, channel_post: { message_id: 1 } })).toEqual({
      ok: true,
      inbound: null,
    });
  });

  it.each([
    ["a group", { id: -42, title: "Закупки", type: "group" }],
    ["a supergroup", { id: -1001234, title: "Оптовики", type: "supergroup" }],
    ["a channel", { id: -1005678, title: "Новости", type: "channel" }],
  ])(
    "ignores messages, edits and button presses in %s: only private chats become requests",
    (_, groupChat) => {
      const message = { message_id: 1, from, chat: groupChat, date: 1, text: "/start vk_spring" };
      for (const update of [
        { update_id: 10, message },
        { update_id: 11, edited_message: message },
        { update_id: 12, callback_query: { id: "cb", from, message, data: "price" } },
      ]) {
        expect(parseTelegramUpdate(update)).toEqual({ ok: true, inbound: null });
      }
    },
  );

  it.each([
    ["a sticker", { sticker: { file_id: "s", width: 512, height: 512 } }, "sticker", null],
    ["a photo without caption", { photo: [{ file_id: "p", width: 90, height: 90 }] }, "photo", null],
    ["a photo with a caption", { photo: [{ file_id: "p" }], caption: "Склад" }, "photo", "Склад"],
    ["a voice message", { voice: { file_id: "v", duration: 3 } }, "voice", null],
  ])("reads %s as what it is", (_, content, media, text) => {
    const result = parseTelegramUpdate({
      update_id: 13,
      message: { message_id: 3, from, chat, date: 1, ...content },
    });
    expect(result.ok && result.inbound).toMatchObject({ media: { kind: media }, text, contact: null });
  });

  it.each([
    ["not an object", "hello"],
    ["no update_id", { message: { message_id: 1, chat, date: 1 } }],
    ["a message without a chat", { update_id: 6, message: { message_id: 1, date: 1, text: "x" } }],
    ["a string update id", { update_id: "6" }],
  ])("refuses %s", (_name, body) => {
    expect(parseTelegramUpdate(body).ok).toBe(false);
  });
});
