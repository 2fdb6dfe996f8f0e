import { newId, normalizePhone, type StaffLinkPort, type WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import { messages, requests } from "../../../db/requests.ts";
import type { TelegramInbound } from "../../../domain/telegram-update.ts";
import type { ProspectingContext } from "../../context.ts";
import { isDoNotCall, receiveRequest } from "../inbox/receive-request.ts";
import { linkStaffChat } from "./link-staff.ts";
import { sendAutoReply } from "./send-auto-reply.ts";

/**
 * Takes a Telegram update: a new chat opens an inbound request (channel telegram, source
 * `telegram` or `telegram:<start payload>`), later messages join its conversation, a shared
 * contact fills its phone. What a message carries besides text (a sticker, a photo, a file with
 * its name) is kept in `media`, its caption as the text; a message with nothing written joins an
 * open conversation as what it is, but never opens a request on its own (`ignored`). A retried update (same `update_id`) changes nothing. A new chat gets
 * the auto-reply after the commit; a failed reply is logged, never retried by Telegram. A staff
 * member's `/start <link code>` links their chat for notifications instead (`linkStaffChat`); the
 * hook context carries the host's `staffLinks` for it.
 */
export async function receiveUpdate({
  ctx,
  input,
}: {
  ctx: ProspectingContext & { staffLinks?: StaffLinkPort };
  input: TelegramInbound;
}) {
  const none = { requestId: null, opened: false, duplicate: false, ignored: false };
  if (await linkStaffChat(ctx, input)) return none;
  const result = await ctx.org.write(ctx.actor, async (scope) => {
    const [seen] = await scope.tx
      .select({ id: messages.id })
      .from(messages)
      .where(eq(messages.telegramUpdateId, input.updateId));
    if (seen) return { ...none, duplicate: true };
    const now = ctx.clock.now();
    const phone = input.contact ? normalizePhone(input.contact.phone) : null;
    const e164 = phone?.ok ? phone.value : null;
    const [existing] = await scope.tx
      .select()
      .from(requests)
      .where(eq(requests.telegramChatId, input.chatId));
    if (!(existing || opensRequest(input))) return { ...none, ignored: true };
    const requestId = existing?.id ?? (await openRequest(scope, input, e164, now));
    if (existing && e164 && !existing.contactPhone) {
      await scope.tx
        .update(requests)
        .set({ contactPhone: e164, doNotCall: await isDoNotCall(scope, e164) })
        .where(eq(requests.id, existing.id));
    }
    await scope.tx.insert(messages).values({
      id: newId("msg", now),
      requestId,
      telegramChatId: input.chatId,
      direction: "in",
      text: textOf(input),
      media: input.media,
      at: now,
      telegramUpdateId: input.updateId,
    });
    return { ...none, requestId, opened: !existing };
  });
  if (result.opened && result.requestId) await sendAutoReply(ctx, result.requestId, input.chatId);
  return result;
}

async function openRequest(scope: WriteScope, input: TelegramInbound, phone: string | null, now: number) {
  const { id } = await receiveRequest(
    scope,
    {
      source: input.startPayload ? `telegram:${input.startPayload}` : "telegram",
      channel: "telegram",
      utm: input.startPayload ? { start: input.startPayload } : {},
      consent: false,
      rawPayload: input,
      contact: { name: input.contact?.name ?? input.from?.name ?? null, company: null, phone, email: null },
      message: input.startPayload ? null : textOf(input),
      telegramChatId: input.chatId,
      telegramUsername: input.from?.username ?? null,
    },
    now,
  );
  return id;
}

/** Whether an update says something a request can start from: words, a contact, a button. */
function opensRequest(input: TelegramInbound): boolean {
  return Boolean(input.text?.trim()) || input.contact !== null || input.callbackData !== null;
}

function textOf(input: TelegramInbound): string {
  if (input.contact) return `📱 ${input.contact.phone}`;
  if (input.callbackData !== null) return `[кнопка] ${input.callbackData}`;
  const text = input.text ?? "";
  return input.kind === "edited_message" ? `✎ ${text}`.trimEnd() : text;
}
