import { isStaffLinkCode, notificationMessages as m, type StaffLinkPort, wordMessage } from "@quartet/core";
import type { TelegramInbound } from "../../../domain/telegram-update.ts";
import type { ProspectingContext } from "../../context.ts";

/**
 * Handles `/start <staff code>` in a private chat with the bot: the host links the chat to the
 * member who asked for the code, and the bot confirms in their language (an expired code gets a
 * short answer in both). Answers false for any other update, which then goes to the inbox as usual.
 * A failed reply is logged: the link itself is already stored.
 */
export async function linkStaffChat(
  ctx: ProspectingContext & { staffLinks?: StaffLinkPort },
  input: TelegramInbound,
): Promise<boolean> {
  const privateChat = input.from !== null && String(input.from.id) === input.chatId;
  if (!(ctx.staffLinks && privateChat && input.kind === "message" && isStaffLinkCode(input.startPayload))) {
    return false;
  }
  const claimed = await ctx.staffLinks.claim(input.startPayload, input.chatId);
  const text = claimed
    ? wordMessage(claimed.locale, m.telegramLinked)
    : `${wordMessage("ru", m.telegramLinkExpired)}\n\n${wordMessage("en", m.telegramLinkExpired)}`;
  try {
    await ctx.ports.telegram.sendMessage(ctx.settings.telegramBotToken, input.chatId, text);
  } catch (error) {
    ctx.logger.warn({ err: error }, "Telegram staff link confirmation failed");
  }
  return true;
}
