import { eq } from "drizzle-orm";
import { telegramBots } from "../../../db/channels.ts";
import type { ProspectingContext } from "../../context.ts";

/** Disconnects the bot: its webhook key stops resolving; conversations stay. */
export async function disconnectBot({ ctx }: { ctx: ProspectingContext }) {
  const bots = await ctx.org.db.select().from(telegramBots).where(eq(telegramBots.active, true));
  for (const bot of bots) await ctx.org.hookKeys.unregister("prospecting", bot.webhookKey);
  await ctx.org.write(ctx.actor, async (scope) => {
    for (const bot of bots) {
      await scope.tx
        .update(telegramBots)
        .set({ active: false, disconnectedAt: ctx.clock.now() })
        .where(eq(telegramBots.id, bot.id));
      await scope.audit({
        action: "prospecting.telegram.disconnect",
        entity: "telegram-bot",
        entityId: bot.id,
      });
    }
  });
  return { disconnected: bots.length };
}
