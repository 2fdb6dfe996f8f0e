import { DomainError } from "@quartet/core";
import { and, desc, eq, lt, or } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals, stages } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { dealConditions, dealFiltersInput, filterFrame } from "./deal-filters.ts";
import { dealOf } from "./deal-view.ts";
import { visibleDeals } from "./load-deal.ts";

/** The deal list: filters, a page size and the cursor of the previous page. */
export const listDealsInput = dealFiltersInput.extend({
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/** Deals, newest first, filtered, a page at a time (`nextCursor` null on the last page). */
export async function listDeals({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof listDealsInput>;
}) {
  const frame = await filterFrame(ctx);
  const now = frame.now;
  const where = [...dealConditions(input, frame), visibleDeals(ctx.actor)];
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor);
    where.push(or(lt(deals.createdAt, at), and(eq(deals.createdAt, at), lt(deals.id, id))));
  }
  const rows = await ctx.org.db
    .select({ deal: deals, stage: stages })
    .from(deals)
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .where(and(...where))
    .orderBy(desc(deals.createdAt), desc(deals.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ ...dealOf(r.deal, r.stage, now), stageName: r.stage.name })),
    nextCursor: rows.length > input.limit && last ? `${last.deal.createdAt}.${last.deal.id}` : null,
  };
}

function decodeCursor(cursor: string): [number, string] {
  const dot = cursor.indexOf(".");
  const at = Number(cursor.slice(0, dot));
  if (dot < 1 || !Number.isSafeInteger(at)) {
    throw new DomainError("BAD_INPUT", m.invalidCursor, { fields: { cursor: m.invalidCursor } });
  }
  return [at, cursor.slice(dot + 1)];
}
