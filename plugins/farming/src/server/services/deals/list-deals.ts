import { type CurrencyCode, DomainError, money } from "@quartet/core";
import { and, count, desc, eq, lt, or, sum } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import { dealConditions, dealFiltersInput } from "./deal-filters.ts";
import { dealNames } from "./deal-names.ts";
import { dealView } from "./deal-view.ts";
import { visibleDeals } from "./visible-deals.ts";

/** The deal list: filters, a page size and the cursor of the previous page. */
export const listDealsInput = dealFiltersInput.extend({
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/**
 * Deals the actor sees, newest first, a page at a time (`nextCursor` null on the last page), with
 * how many match in all and their sum in the organisation's currency (`otherCurrency` counts
 * those in another, left out of the sum).
 */
export async function listDeals({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: z.output<typeof listDealsInput>;
}) {
  const db = ctx.org.db;
  const [org, rules, visible] = await Promise.all([orgInfo(ctx), loadRules(db), visibleDeals(ctx, db)]);
  const where = and(dealConditions(input), visible);
  const page = input.cursor ? afterCursor(input.cursor) : undefined;
  const [rows, groups] = await Promise.all([
    db
      .select()
      .from(deals)
      .where(and(where, page))
      .orderBy(desc(deals.createdAt), desc(deals.id))
      .limit(input.limit + 1),
    db
      .select({ currency: deals.currency, n: count(), minor: sum(deals.amountMinor).mapWith(Number) })
      .from(deals)
      .where(where)
      .groupBy(deals.currency),
  ]);
  const items = rows.slice(0, input.limit);
  const names = await dealNames(ctx, items);
  const last = items.at(-1);
  const mine = groups.find((g) => g.currency === org.currency);
  const total = groups.reduce((n, g) => n + g.n, 0);
  return {
    items: items.map((row) => dealView(row, rules.stages, names)),
    nextCursor: rows.length > input.limit && last ? `${last.createdAt}.${last.id}` : null,
    total,
    sum: money(mine?.minor ?? 0, org.currency as CurrencyCode),
    otherCurrency: total - (mine?.n ?? 0),
  };
}

function afterCursor(cursor: string) {
  const dot = cursor.indexOf(".");
  const at = Number(cursor.slice(0, dot));
  if (dot < 1 || !Number.isSafeInteger(at)) {
    throw new DomainError("BAD_INPUT", m.invalidCursor, { fields: { cursor: m.invalidCursor } });
  }
  const id = cursor.slice(dot + 1);
  return or(lt(deals.createdAt, at), and(eq(deals.createdAt, at), lt(deals.id, id)));
}
