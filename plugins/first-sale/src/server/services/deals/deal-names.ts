import { and, inArray } from "drizzle-orm";
import { z } from "zod";
import { deals } from "../../../db/schema.ts";
import { type FirstSaleContext, recordsOf } from "../../context.ts";
import { visibleDeals } from "./load-deal.ts";

/** The clients whose names a screen of deals needs. */
export const dealNamesInput = z.object({
  clientIds: z.array(z.string().min(1)).max(500).default([]),
});

/**
 * Names for the deal screens: the clients of deals the actor sees (a client without such a deal
 * is left out, so the list reveals nothing a record scope hides) and every member (the hunters).
 */
export async function dealNames({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof dealNamesInput>;
}) {
  const records = recordsOf(ctx);
  const wanted = [...new Set(input.clientIds)];
  const seen = wanted.length
    ? await ctx.org.db
        .selectDistinct({ clientId: deals.clientId })
        .from(deals)
        .where(and(inArray(deals.clientId, wanted), visibleDeals(ctx.actor)))
    : [];
  const clients = await Promise.all(
    seen.map(async ({ clientId }) => ({
      id: clientId,
      name: (await records.clients.get(clientId))?.name ?? null,
    })),
  );
  const members = await records.people.members();
  return {
    clients: clients.flatMap((c) => (c.name === null ? [] : [{ id: c.id, name: c.name }])),
    members: members.map((m) => ({ userId: m.userId, name: m.name })),
  };
}
