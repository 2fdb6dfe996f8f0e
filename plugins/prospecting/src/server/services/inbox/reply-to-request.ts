import { DomainError, newId } from "@quartet/core";
import { eq, sql } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { messages, requests } from "../../../db/requests.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadRequest } from "./load-request.ts";

/**
 * Answers a Telegram request through the bot and records the message. A reply is a human
 * action: the first one stamps the request's speed to lead.
 */
export async function replyToRequest({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { requestId: string; text: string };
}) {
  const request = await loadRequest(ctx.org.db, input.requestId);
  if (request.channel !== "telegram" || !request.telegramChatId) {
    throw new DomainError("PRECONDITION_FAILED", m.onlyTelegram);
  }
  const token = ctx.settings.telegramBotToken;
  if (!token) throw new DomainError("PRECONDITION_FAILED", m.connectBot);
  const chatId = request.telegramChatId;
  try {
    await ctx.ports.telegram.sendMessage(token, chatId, input.text);
  } catch (error) {
    ctx.logger.warn({ err: error, requestId: request.id }, "Telegram reply failed");
    throw new DomainError("PRECONDITION_FAILED", m.telegramRefusedMessage);
  }
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const id = newId("msg", now);
    await scope.tx.insert(messages).values({
      id,
      requestId: request.id,
      telegramChatId: chatId,
      direction: "out",
      text: input.text,
      at: now,
      authorId: ctx.actor.id,
    });
    await scope.tx
      .update(requests)
      .set({ firstActionAt: sql`coalesce(${requests.firstActionAt}, ${now})` })
      .where(eq(requests.id, request.id));
    return { messageId: id };
  });
}
