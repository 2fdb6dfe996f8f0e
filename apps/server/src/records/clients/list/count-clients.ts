import type { ServiceContext } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { and, count } from "drizzle-orm";
import { clientConditions } from "./list-filters.ts";
import type { ClientFilters } from "./list-input.ts";

/** The exact number of clients the actor may see under `filters` — apart from the list, so pages stay cheap. */
export async function countClients({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ClientFilters;
}): Promise<{ count: number }> {
  const conditions = await clientConditions(ctx.org.db, ctx.actor, input);
  const [row] = await ctx.org.db
    .select({ n: count() })
    .from(clients)
    .where(and(...conditions));
  return { count: row?.n ?? 0 };
}
