import { type CurrencyCode, localDate, money, percentOf, startOfLocalDay } from "@quartet/core";
import { z } from "zod";
import { addDays, monthOf } from "../../../domain/months.ts";
import { hasNextStep, isRotting } from "../../../domain/rotting.ts";
import { computeStats, type StatsDeal } from "../../../domain/stats.ts";
import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { businessDate } from "../deals/deal-input.ts";
import { type DealWithStage, dealsWithStages } from "./stats-rows.ts";

/** The period of the statistics (`from` and `to` inclusive, business dates); this month by default. */
export const summaryInput = z.object({
  from: businessDate.optional(),
  to: businessDate.optional(),
  pipelineId: z.string().min(1).optional(),
  hunterId: z.string().min(1).optional(),
});

/**
 * First-sale statistics over a period, in the organisation's currency (deals in other currencies
 * are left out and counted in `otherCurrencies`): win rate, lead → paid, cycle to cash, average
 * first order, weighted coverage of this month's target, rotting and no-next-step shares.
 */
export async function summary({
  ctx,
  input,
}: {
  ctx: Pick<FirstSaleContext, "org" | "clock" | "settings" | "records"> & {
    actor?: FirstSaleContext["actor"];
  };
  input: z.output<typeof summaryInput>;
}) {
  const org = await orgInfo(ctx);
  const now = ctx.clock.now();
  const today = localDate(now, org.timeZone);
  const month = monthOf(today);
  const from = input.from ?? month.first;
  const to = input.to ?? month.last;
  const dayStart = (date: string) => startOfLocalDay(Date.parse(`${date}T12:00:00Z`), org.timeZone);
  const rows = await dealsWithStages(ctx, input);
  const mine = rows.filter((r) => r.currency === org.currency);
  const stats = computeStats(
    mine.map((r) => statsDeal(r, now)),
    {
      from: dayStart(from),
      to: dayStart(addDays(to, 1)),
      coverageUntil: month.last,
      targetMinor: ctx.settings.monthlyTargetMinor,
    },
  );
  return { from, to, currency: org.currency, otherCurrencies: rows.length - mine.length, ...stats };
}

function statsDeal(r: DealWithStage, now: number): StatsDeal {
  const open = r.status === "open";
  return {
    ...r,
    fromLead: r.leadRequestId !== null,
    weightedMinor: open
      ? percentOf(money(r.amountMinor, r.currency as CurrencyCode), r.probability).amountMinor
      : 0,
    rotting: isRotting(r, r, now),
    hasNextStep: hasNextStep(r),
  };
}
