import { DomainError, newId, newSecret } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { telegramBots } from "../../../db/channels.ts";
import type { ProspectingContext } from "../../context.ts";
import { publicUrlOf } from "../forms/public-url.ts";

/** The webhook URL of a bot key. */
export function webhookUrlOf(publicUrl: string, key: string): string {
  return `${publicUrl}/hooks/prospecting/telegram/${key}`;
}

/**
 * Connects the bot whose token and webhook secret are in the settings: registers a webhook key
 * (kept when already connected) and, with `registerWebhook`, calls Telegram's `setWebhook` with
 * the secret. Returns the `webhookUrl` to give `setWebhook` by hand otherwise.
 */
export async function connectBot({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { publicUrl?: string | null; registerWebhook?: boolean };
}) {
  const { telegramBotToken: token, telegramWebhookSecret: secret } = ctx.settings;
  if (!token || !secret) {
    throw new DomainError("PRECONDITION_FAILED", m.telegramSettingsFirst, {
      fields: {
        ...(token ? {} : { telegramBotToken: m.required }),
        ...(secret ? {} : { telegramWebhookSecret: m.required }),
      },
    });
  }
  const publicUrl = publicUrlOf(ctx, input.publicUrl);
  const [current] = await ctx.org.db.select().from(telegramBots).where(eq(telegramBots.active, true));
  const key = current?.webhookKey ?? newSecret(24);
  if (!current) {
    await ctx.org.hookKeys.register("prospecting", key);
    await ctx.org.write(ctx.actor, async (scope) => {
      const now = ctx.clock.now();
      const id = newId("bot", now);
      await scope.tx
        .insert(telegramBots)
        .values({ id, webhookKey: key, active: true, connectedAt: now, connectedBy: ctx.actor.id });
      await scope.audit({ action: "prospecting.telegram.connect", entity: "telegram-bot", entityId: id });
    });
  }
  const webhookUrl = webhookUrlOf(publicUrl, key);
  if (input.registerWebhook) {
    try {
      await ctx.ports.telegram.setWebhook(token, webhookUrl, secret);
    } catch (error) {
      ctx.logger.warn({ err: error }, "Telegram setWebhook failed");
      throw new DomainError("PRECONDITION_FAILED", m.telegramRefusedWebhook, {
        cause: error,
      });
    }
  }
  return { webhookUrl, registered: input.registerWebhook === true };
}
