import { newId } from "@quartet/core";
import { messages } from "../../../db/requests.ts";
import type { ProspectingContext } from "../../context.ts";

/** Sends the auto-reply to a new chat through the bot and records it; failures are logged only. */
export async function sendAutoReply(
  ctx: ProspectingContext,
  requestId: string,
  chatId: string,
): Promise<void> {
  const { telegramAutoReply: text, telegramBotToken: token } = ctx.settings;
  if (!text.trim() || !token) return;
  try {
    await ctx.ports.telegram.sendMessage(token, chatId, text);
  } catch (error) {
    ctx.logger.warn({ err: error, requestId }, "Telegram auto-reply failed");
    return;
  }
  await ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    await scope.tx
      .insert(messages)
      .values({ id: newId("msg", now), requestId, telegramChatId: chatId, direction: "out", text, at: now });
  });
}
