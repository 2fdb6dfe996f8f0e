import { afterAll, describe, expect, it } from "vitest";
import { i18n } from "../i18n/index.ts";
import { mediaText } from "./media-text.ts";

describe("mediaText", () => {
  afterAll(() => i18n.setLocale("ru"));
  it.each([
    ["ru", { kind: "photo", fileName: null }, "Фото"],
    ["ru", { kind: "document", fileName: "прайс.pdf" }, "Документ: прайс.pdf"],
    ["ru", { kind: "voice", fileName: null }, "Голосовое сообщение"],
    ["ru", { kind: "other", fileName: null }, "Сообщение без текста"],
    ["en", { kind: "photo", fileName: null }, "Photo"],
    ["en", { kind: "document", fileName: "price.pdf" }, "Document: price.pdf"],
    ["en", { kind: "audio", fileName: "call.mp3" }, "Audio: call.mp3"],
  ] as const)("%s: %o reads %j", async (locale, media, words) => {
    await i18n.setLocale(locale);
    expect(mediaText(media)).toBe(words);
  });
});
