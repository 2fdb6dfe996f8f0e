import { defineNotification } from "@quartet/core";
import { and, eq, isNotNull } from "drizzle-orm";
import { deals } from "../db/deals.ts";
import { stages } from "../db/pipelines.ts";
import { rotReasons } from "../domain/rotting.ts";

/**
 * A deal sat in its stage longer than the stage's rotting days: its hunter hears of it once per
 * stay in that stage (the dedupe key carries when the deal entered it; moving on and stalling
 * again is a new episode). Deals without a hunter notify nobody.
 */
export const dealRottingNotification = defineNotification({
  type: "first-sale.deal.rotting",
  label: { en: "My deal is stalling", ru: "Моя сделка зависла" },
  defaultChannels: ["inApp", "email"],
  text: {
    title: { en: "Deal is stalling: {title}", ru: "Сделка зависла: {title}" },
    body: {
      en: "More than {days} days in the stage «{stage}» — plan the next step",
      ru: "Больше {days} дн. на этапе «{stage}» — запланируйте следующий шаг",
    },
  },
  link: (params) => `/deals/${params.dealId}`,
  every: {
    everyMs: 15 * 60_000,
    async find(ctx) {
      const now = ctx.clock.now();
      const rows = await ctx.org.db
        .select({
          id: deals.id,
          title: deals.title,
          hunterId: deals.hunterId,
          status: deals.status,
          stageEnteredAt: deals.stageEnteredAt,
          nextStepText: deals.nextStepText,
          nextStepTaskId: deals.nextStepTaskId,
          stage: stages.name,
          rottingDays: stages.rottingDays,
        })
        .from(deals)
        .innerJoin(stages, eq(stages.id, deals.stageId))
        .where(and(eq(deals.status, "open"), isNotNull(stages.rottingDays), isNotNull(deals.hunterId)));
      return rows.flatMap((deal) =>
        deal.hunterId && rotReasons(deal, deal, now).includes("stale")
          ? [
              {
                recipientId: deal.hunterId,
                params: {
                  dealId: deal.id,
                  title: deal.title,
                  stage: deal.stage,
                  days: deal.rottingDays ?? 0,
                },
                dedupeKey: `rot:${deal.id}:${deal.stageEnteredAt}`,
              },
            ]
          : [],
      );
    },
  },
});
