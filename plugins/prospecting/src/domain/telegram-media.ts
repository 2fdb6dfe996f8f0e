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
 * What a message carries besides text, from its raw Bot API fields: a named kind, `other` for a
 * message with neither text nor a kind we name, null for a plain text message.
 *
 * @example telegramMediaOf({ sticker: { … } }) // "sticker"
 */
export function telegramMediaOf(message: Record<string, unknown>, hasText: boolean): TelegramMedia | null {
  for (const [field, media] of fieldOfKind) if (message[field] !== undefined) return media;
  return hasText ? null : "other";
}

const marker = /^\[media:([A-Za-z]+)\](?: ([\s\S]*))?$/;

/**
 * A message as stored: the media kind as a marker (worded when read, in the reader's language)
 * and the caption after it, if any. A message of text only is stored as it is.
 *
 * @example storedMessageText("photo", "Вот наш склад") // "[media:photo] Вот наш склад"
 */
export function storedMessageText(media: TelegramMedia | null, text: string | null): string {
  if (!media) return text ?? "";
  return text ? `[media:${media}] ${text}` : `[media:${media}]`;
}

/**
 * A stored message read back: its media kind (null for text) and its text or caption.
 *
 * @example readStoredMessage("[media:sticker]") // { media: "sticker", text: null }
 */
export function readStoredMessage(stored: string): { media: TelegramMedia | null; text: string | null } {
  const match = marker.exec(stored);
  const media = telegramMediaKinds.find((kind) => kind === match?.[1]);
  return media ? { media, text: match?.[2] || null } : { media: null, text: stored };
}
