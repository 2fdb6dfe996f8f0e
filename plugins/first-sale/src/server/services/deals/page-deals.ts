import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { deals, stages } from "../../../db/schema.ts";
import { sumsByCurrency } from "../../../domain/deal-sums.ts";
import type { FirstSaleContext } from "../../context.ts";
import { dealConditions, dealFiltersInput, filterFrame } from "./deal-filters.ts";
import { stageSums } from "./deal-totals.ts";
import { dealOf } from "./deal-view.ts";
import { visibleDeals } from "./load-deal.ts";

/** The orders of the deal list. */
export const dealSorts = ["newest", "oldest", "amount-desc", "amount-asc", "close-date", "title"] as const;

/** The deal list a page at a time: filters, an order, and where the page starts. */
export const pageDealsInput = dealFiltersInput.extend({
  sort: z.enum(dealSorts).default("newest"),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(100).default(25),
});

const newestFirst = [desc(deals.createdAt), desc(deals.id)];

const orders: Record<(typeof dealSorts)[number], SQL[]> = {
  newest: newestFirst,
  oldest: [asc(deals.createdAt), asc(deals.id)],
  "amount-desc": [desc(deals.amountMinor), ...newestFirst],
  "amount-asc": [asc(deals.amountMinor), ...newestFirst],
  // Deals without an expected date go last.
  "close-date": [sql`${deals.expectedCloseOn} is null`, asc(deals.expectedCloseOn), ...newestFirst],
  title: [sql`${deals.title} collate nocase`, ...newestFirst],
};

/**
 * One page of the deal list in the chosen order, with how many deals match in all and their sums
 * per currency (plain and weighted, from `stageSums` as the board's): the list screen sorts and
 * pages across every deal (`deals.list` pages newest first by a cursor).
 */
export async function pageDeals({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof pageDealsInput>;
}) {
  const frame = await filterFrame(ctx);
  const now = frame.now;
  const where = and(...dealConditions(input, frame), visibleDeals(ctx.actor));
  const db = ctx.org.db;
  const [rows, [total], sums] = await Promise.all([
    db
      .select({ deal: deals, stage: stages })
      .from(deals)
      .innerJoin(stages, eq(stages.id, deals.stageId))
      .where(where)
      .orderBy(...orders[input.sort])
      .limit(input.limit)
      .offset(input.offset),
    db.select({ n: count() }).from(deals).innerJoin(stages, eq(stages.id, deals.stageId)).where(where),
    stageSums(db, where),
  ]);
  return {
    items: rows.map((r) => ({ ...dealOf(r.deal, r.stage, now), stageName: r.stage.name })),
    total: total?.n ?? 0,
    sums: sumsByCurrency(sums),
    currency: frame.currency,
  };
}
