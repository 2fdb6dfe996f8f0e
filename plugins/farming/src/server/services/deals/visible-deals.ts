import type { Actor } from "@quartet/core";
import { type SQL, sql } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";
import type { Reader } from "./load-deal.ts";

/** True for an actor whose record scope reaches every client (the system, scope `all`). */
export function seesEveryClient(actor: Actor): boolean {
  return actor.kind === "system" || (actor.scope ?? "all") === "all";
}

/**
 * The condition on `farming_deals` that keeps the deals of clients the actor sees: none for scope
 * `all`; otherwise the deals' clients are asked of core (`clients.summaries` applies the actor's
 * record scope) and the ones seen go in as one JSON parameter, however many there are.
 */
export async function visibleDeals(ctx: FarmingContext, db: Reader): Promise<SQL | undefined> {
  if (seesEveryClient(ctx.actor)) return undefined;
  const rows = await db.selectDistinct({ clientId: deals.clientId }).from(deals);
  const ids = rows.map((r) => r.clientId);
  const seen = ids.length ? (await ctx.records.clients.summaries({ ids })).map((c) => c.id) : [];
  return sql`${deals.clientId} in (select value from json_each(${JSON.stringify(seen)}))`;
}
