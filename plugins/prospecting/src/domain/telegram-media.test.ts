import { describe, expect, it } from "vitest";
import {
  readStoredMessage,
  storedMessageText,
  type TelegramMedia,
  telegramMediaOf,
} from "./telegram-media.ts";

describe("telegramMediaOf", () => {
  it.each<[string, Record<string, unknown>, boolean, TelegramMedia | null]>([
    ["a sticker", { sticker: { file_id: "s" } }, false, "sticker"],
    ["a photo without caption", { photo: [{ file_id: "p" }] }, false, "photo"],
    ["a photo with a caption", { photo: [{ file_id: "p" }], caption: "склад" }, true, "photo"],
    ["a voice message", { voice: { file_id: "v" } }, false, "voice"],
    ["a round video", { video_note: { file_id: "n" } }, false, "videoNote"],
    ["a GIF (also a document)", { animation: {}, document: {} }, false, "animation"],
    ["a file", { document: { file_id: "d" } }, false, "document"],
    ["a venue", { venue: {}, location: {} }, false, "location"],
    ["a poll", { poll: {} }, false, "other"],
    ["plain text", { text: "Здравствуйте" }, true, null],
  ])("%s → %s", (_, message, hasText, media) => {
    expect(telegramMediaOf(message, hasText)).toBe(media);
  });
});

describe("stored messages", () => {
  it.each<[TelegramMedia | null, string | null, string]>([
    ["sticker", null, "[media:sticker]"],
    ["photo", "Вот наш склад", "[media:photo] Вот наш склад"],
    [null, "Сколько стоит?", "Сколько стоит?"],
  ])("%s with %j is stored as %j and read back", (media, text, stored) => {
    expect(storedMessageText(media, text)).toBe(stored);
    expect(readStoredMessage(stored)).toEqual({ media, text });
  });

  it.each(["[media:unknown]", "[media:sticker]x", "[кнопка] yes"])("%j stays text", (stored) => {
    expect(readStoredMessage(stored)).toEqual({ media: null, text: stored });
  });
});
