import { z } from "zod";
import { type MessageMedia, telegramMediaOf } from "./telegram-media.ts";

const user = z.object({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

const chat = z.object({ id: z.number().int(), type: z.string() });

const contact = z.object({
  phone_number: z.string(),
  first_name: z.string(),
  last_name: z.string().optional(),
  user_id: z.number().int().optional(),
});

const message = z.looseObject({
  message_id: z.number().int(),
  from: user.optional(),
  chat,
  date: z.number().int(),
  text: z.string().optional(),
  caption: z.string().optional(),
  contact: contact.optional(),
});

const callbackQuery = z.object({
  id: z.string(),
  from: user,
  message: message.optional(),
  data: z.string().optional(),
});

/** The parts of a Telegram Bot API `Update` we read; other update kinds pass and are ignored. */
export const telegramUpdate = z.object({
  update_id: z.number().int(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callbackQuery.optional(),
});

/** A Telegram `Update` as parsed. */
export type TelegramUpdate = z.output<typeof telegramUpdate>;

/** What an update says, flattened: who wrote in which chat, when, what. */
export type TelegramInbound = {
  updateId: number;
  kind: "message" | "edited_message" | "callback_query";
  chatId: string;
  from: { id: number; name: string; username: string | null; languageCode: string | null } | null;
  /** When Telegram received it (ms); null for a button press on a message we do not see. */
  at: number | null;
  text: string | null;
  contact: { phone: string; name: string; userId: number | null } | null;
  /** What the message carries besides text (a sticker, a photo, a file and its name); null for text. */
  media: MessageMedia | null;
  /** The deep-link payload of `/start <payload>` (`t.me/bot?start=vk_spring`). */
  startPayload: string | null;
  callbackData: string | null;
};

/**
 * Parses a webhook body. `ok: false` for anything that is not an `Update` (the endpoint
 * answers 400); `inbound: null` for an update kind we do not handle and for anything from a
 * group, supergroup or channel — only private chats become requests (answered 200 and ignored).
 *
 * @example parseTelegramUpdate(JSON.parse(body)) // { ok: true, inbound: { chatId: "42", text: "Здравствуйте", … } }
 */
export function parseTelegramUpdate(
  body: unknown,
): { ok: true; inbound: TelegramInbound | null } | { ok: false; issues: string[] } {
  const parsed = telegramUpdate.safeParse(body);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    };
  const update = parsed.data;
  const kind = update.message
    ? "message"
    : update.edited_message
      ? "edited_message"
      : update.callback_query
        ? "callback_query"
        : null;
  if (kind === null) return { ok: true, inbound: null };
  const query = update.callback_query;
  const msg = update.message ?? update.edited_message ?? query?.message;
  const sender = query?.from ?? msg?.from;
  const chatId = msg?.chat.id ?? sender?.id;
  if (chatId === undefined || (msg && msg.chat.type !== "private")) return { ok: true, inbound: null };
  const text = kind === "callback_query" ? null : (msg?.text ?? msg?.caption ?? null);
  const content = kind === "callback_query" || !msg || msg.contact ? null : msg;
  return {
    ok: true,
    inbound: {
      updateId: update.update_id,
      kind,
      chatId: String(chatId),
      from: sender ? personOf(sender) : null,
      at: msg ? msg.date * 1000 : null,
      text,
      contact: msg?.contact && kind !== "callback_query" ? contactOf(msg.contact) : null,
      media: content ? telegramMediaOf(content, text !== null) : null,
      startPayload: startPayloadOf(text),
      callbackData: query?.data ?? null,
    },
  };
}

function personOf(u: z.output<typeof user>): NonNullable<TelegramInbound["from"]> {
  const name = [u.first_name, u.last_name].filter(Boolean).join(" ");
  return { id: u.id, name, username: u.username ?? null, languageCode: u.language_code ?? null };
}

function contactOf(c: z.output<typeof contact>): NonNullable<TelegramInbound["contact"]> {
  return {
    phone: c.phone_number,
    name: [c.first_name, c.last_name].filter(Boolean).join(" "),
    userId: c.user_id ?? null,
  };
}

/** `/start`, `/start@bot`, `/start payload` → the payload or null. */
function startPayloadOf(text: string | null): string | null {
  const match = /^\/start(?:@\w+)?(?:\s+([A-Za-z0-9_-]{1,64}))?\s*$/.exec(text ?? "");
  return match?.[1] ?? null;
}
