import { describe, expect, it } from "vitest";
import { type MessageMedia, telegramMediaOf } from "./telegram-media.ts";

const bare = { fileId: null, fileName: null, mimeType: null, size: null };

describe("telegramMediaOf", () => {
  it.each<[string, Record<string, unknown>, boolean, MessageMedia | null]>([
    [
      "a sticker",
      { sticker: { file_id: "s", file_size: 2048 } },
      false,
      { ...bare, kind: "sticker", fileId: "s", size: 2048 },
    ],
    [
      "a photo without caption: its largest size",
      {
        photo: [
          { file_id: "small", file_size: 900 },
          { file_id: "large", file_size: 90_000 },
        ],
      },
      false,
      { ...bare, kind: "photo", fileId: "large", size: 90_000 },
    ],
    [
      "a photo with a caption",
      { photo: [{ file_id: "p" }], caption: "склад" },
      true,
      { ...bare, kind: "photo", fileId: "p" },
    ],
    [
      "a voice message",
      { voice: { file_id: "v", mime_type: "audio/ogg", file_size: 5120 } },
      false,
      { kind: "voice", fileId: "v", fileName: null, mimeType: "audio/ogg", size: 5120 },
    ],
    ["a round video", { video_note: { file_id: "n" } }, false, { ...bare, kind: "videoNote", fileId: "n" }],
    [
      "a GIF (also a document)",
      { animation: { file_id: "a", file_name: "cat.mp4" }, document: { file_id: "a" } },
      false,
      { ...bare, kind: "animation", fileId: "a", fileName: "cat.mp4" },
    ],
    [
      "a file, with its name, type and size",
      { document: { file_id: "d", file_name: "прайс.pdf", mime_type: "application/pdf", file_size: 48_213 } },
      false,
      { kind: "document", fileId: "d", fileName: "прайс.pdf", mimeType: "application/pdf", size: 48_213 },
    ],
    [
      "a venue",
      { venue: {}, location: { latitude: 55.75, longitude: 37.62 } },
      false,
      { ...bare, kind: "location" },
    ],
    ["a poll", { poll: {} }, false, { ...bare, kind: "other" }],
    [
      "a file whose facts are not what the Bot API sends",
      { document: { file_id: 7, file_size: -1 } },
      false,
      { ...bare, kind: "document" },
    ],
    ["plain text", { text: "Здравствуйте" }, true, null],
  ])("%s", (_, message, hasText, media) => {
    expect(telegramMediaOf(message, hasText)).toEqual(media);
  });
});
