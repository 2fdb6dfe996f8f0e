import { eq } from "drizzle-orm";
import { telegramBots } from "../../../db/channels.ts";
import type { ProspectingContext } from "../../context.ts";
import { webhookUrlOf } from "./connect-bot.ts";

/** Whether a bot is connected, its webhook URL (when the public URL is known), and which secrets are set. */
export async function botStatus({ ctx }: { ctx: ProspectingContext }) {
  const [bot] = await ctx.org.db.select().from(telegramBots).where(eq(telegramBots.active, true));
  const publicUrl = ctx.settings.publicUrl.replace(/\/+$/, "");
  return {
    connected: bot !== undefined,
    connectedAt: bot?.connectedAt ?? null,
    webhookUrl: bot && publicUrl ? webhookUrlOf(publicUrl, bot.webhookKey) : null,
    tokenSet: ctx.settings.telegramBotToken !== "",
    secretSet: ctx.settings.telegramWebhookSecret !== "",
  };
}
