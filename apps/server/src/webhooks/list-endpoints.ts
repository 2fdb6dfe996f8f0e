import type { ServiceContext } from "@quartet/core";
import { webhookEndpoints } from "@quartet/db/org";
import { asc } from "drizzle-orm";
import { type EndpointView, endpointView } from "./endpoint-view.ts";

/** The organisation's endpoints, oldest first, without their secrets. */
export async function listEndpoints(ctx: ServiceContext): Promise<EndpointView[]> {
  const rows = await ctx.org.db.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.id));
  const now = ctx.clock.now();
  return rows.map((row) => endpointView(row, now));
}
