import { type CurrencyCode, localDate, money } from "@quartet/core";
import { z } from "zod";
import { forecast } from "../../../domain/forecast.ts";
import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { dealsWithStages } from "./stats-rows.ts";

/** Which part of the pipeline to forecast. */
export const forecastInput = z.object({
  pipelineId: z.string().min(1).optional(),
  hunterId: z.string().min(1).optional(),
});

/** The weighted forecast of open deals by expected month (late ones in this month) and by hunter. */
export async function forecastDeals({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof forecastInput>;
}) {
  const org = await orgInfo(ctx);
  const rows = await dealsWithStages(ctx, { ...input, status: "open" });
  const currentMonth = localDate(ctx.clock.now(), org.timeZone).slice(0, 7);
  const deals = rows.map((r) => ({
    amount: money(r.amountMinor, r.currency as CurrencyCode),
    probability: r.probability,
    expectedCloseOn: r.expectedCloseOn,
    hunterId: r.hunterId,
  }));
  return { currentMonth, ...forecast(deals, currentMonth) };
}
