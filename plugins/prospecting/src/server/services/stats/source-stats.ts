import { and, gte, lt } from "drizzle-orm";
import { requests } from "../../../db/requests.ts";
import { sourceStats } from "../../../domain/source-stats.ts";
import { orgTimeZone, type ProspectingContext } from "../../context.ts";
import { rangeInstants } from "./date-range.ts";

/** Per source, over requests received in the range: requests, leads, conversion, median speed to lead. */
export async function requestSourceStats({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { from: string; to: string };
}) {
  const { start, end } = rangeInstants(input, await orgTimeZone(ctx));
  const rows = await ctx.org.db
    .select({
      source: requests.source,
      status: requests.status,
      receivedAt: requests.receivedAt,
      firstActionAt: requests.firstActionAt,
    })
    .from(requests)
    .where(and(gte(requests.receivedAt, start), lt(requests.receivedAt, end)));
  return sourceStats(rows);
}
