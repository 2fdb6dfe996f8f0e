/** What a Telegram message carries besides text; `other` for a kind we do not name (a poll, a dice). */
export const telegramMediaKinds = [
  "sticker",
  "photo",
  "voice",
  "video",
  "videoNote",
  "audio",
  "animation",
  "document",
  "location",
  "other",
] as const;

/** One of `telegramMediaKinds`. */
export type TelegramMedia = (typeof telegramMediaKinds)[number];

/** The Bot API's field of each named kind, checked in this order (a GIF also carries `document`). */
const fieldOfKind: [field: string, media: TelegramMedia][] = [
  ["sticker", "sticker"],
  ["photo", "photo"],
  ["voice", "voice"],
  ["video_note", "videoNote"],
  ["video", "video"],
  ["audio", "audio"],
  ["animation", "animation"],
  ["document", "document"],
  ["location", "location"],
  ["venue", "location"],
];

/**
 * What a message carries besides text, as stored in `prospecting_messages.media`: its kind and,
 * for a file, Telegram's file id (to fetch it later through the Bot API), name, type and size.
 */
export type MessageMedia = {
  kind: TelegramMedia;
  fileId: string | null;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
};

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const count = (value: unknown): number | null =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;

/** A Bot API file object's facts; a photo comes as sizes, smallest first, so the largest is kept. */
function fileOf(field: unknown): Omit<MessageMedia, "kind"> {
  const file = Array.isArray(field) ? field.at(-1) : field;
  const f = typeof file === "object" && file !== null ? (file as Record<string, unknown>) : {};
  return {
    fileId: text(f.file_id),
    fileName: text(f.file_name),
    mimeType: text(f.mime_type),
    size: count(f.file_size),
  };
}

/**
 * What a message carries besides text, from its raw Bot API fields: a named kind with its file,
 * `other` for a message with neither text nor a kind we name, null for a plain text message.
 *
 * @example telegramMediaOf({ document: { file_id: "d1", file_name: "прайс.pdf" } }, false)
 * // { kind: "document", fileId: "d1", fileName: "прайс.pdf", mimeType: null, size: null }
 */
export function telegramMediaOf(message: Record<string, unknown>, hasText: boolean): MessageMedia | null {
  for (const [field, kind] of fieldOfKind)
    if (message[field] !== undefined) return { kind, ...fileOf(message[field]) };
  return hasText ? null : { kind: "other", ...fileOf(null) };
}
